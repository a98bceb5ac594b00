/**
 * The clicks and searches of browser-filter and browser-field: category and year clicks, clears
 * and text searches, each timed in the page from the input to the frame after every view
 * updated (a requestAnimationFrame, then a task), and the long tasks among them.
 */
import type { Page } from '@playwright/test';
import { ms, quantile } from './stats';

/** Records long tasks in the page (an init script) from the first click on. */
export function recordLongTasks() {
  const w = window as unknown as { __long: { start: number; duration: number }[] };
  w.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** The clicks and searches of browser-filter, on a page with everything drawn. */
export async function clickAndSearch(
  page: Page,
  result: Record<string, unknown>,
  options: { clicks: number; clickBudgetMs: number },
) {
  await page.waitForTimeout(2000);
  const from = await page.evaluate(() => performance.now());
  type Timing = { first: number; all: number };
  const times: Timing[] = [];
  const deadline = Date.now() + options.clickBudgetMs;
  for (let i = 0; i < options.clicks; i++) {
    const t = await Promise.race([
      page.evaluate(`(${CLICK_AND_WAIT})(${i})`) as Promise<Timing>,
      new Promise<null>((r) => setTimeout(() => r(null), Math.max(0, deadline - Date.now()))),
    ]);
    if (t === null) {
      result.error = `${i} clicks took the whole ${options.clickBudgetMs / 1000} s budget; stopped`;
      break;
    }
    times.push(t);
  }
  const now = () => page.evaluate(() => performance.now());
  const clicksEnd = await now();
  // Clearing: a category clicked, then clicked again to remove the only filter, timed; every
  // view then shows the whole collection again (the heaviest update there is).
  const clears: Timing[] = [];
  for (let i = 0; i < 10; i++) clears.push((await page.evaluate(`(${CLICK_TWICE})(${i})`)) as Timing);
  const clearsEnd = await now();
  // Text search: a word typed into the paper list's box and applied with Enter (typing alone
  // waits for a 200 ms pause first), timed to every view updated; cleared between searches.
  const searches: Timing[] = [];
  const searchDeadline = Date.now() + options.clickBudgetMs;
  for (const [i, word] of SEARCH_WORDS.entries()) {
    if (Date.now() > searchDeadline) break;
    searches.push((await page.evaluate(`(${SEARCH_AND_WAIT})(${JSON.stringify(word)})`)) as Timing);
    await page.evaluate(`(${SEARCH_AND_WAIT})('')`);
    if (i === 0) result.search_first_ms = ms(searches[0].all);
  }
  const long = await page.evaluate(
    (t0) =>
      (window as unknown as { __long: { start: number; duration: number }[] }).__long.filter(
        (e) => e.start >= t0,
      ),
    from,
  );
  const heap = await page.evaluate(
    () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
  );
  /** The q-quantile of the first frames or of every view updated. */
  const at = (list: Timing[], key: keyof Timing, q: number) =>
    ms(
      quantile(
        list.map((t) => t[key]),
        q,
      ),
    );
  return {
    ...result,
    p50_ms: at(times, 'all', 0.5),
    p95_ms: at(times, 'all', 0.95),
    first_frame_p50_ms: at(times, 'first', 0.5),
    first_frame_p95_ms: at(times, 'first', 0.95),
    clicks: times.length,
    clear_p50_ms: at(clears, 'all', 0.5),
    clear_p95_ms: at(clears, 'all', 0.95),
    clears: clears.length,
    search_p50_ms: at(searches, 'all', 0.5),
    search_p95_ms: at(searches, 'all', 0.95),
    search_first_frame_p95_ms: at(searches, 'first', 0.95),
    searches: searches.length,
    long_tasks: long.length,
    long_task_max_ms: ms(Math.max(0, ...long.map((e) => e.duration))),
    // The same, during the year and category clicks alone (before clearing and searching).
    long_tasks_clicks: long.filter((e) => e.start < clicksEnd).length,
    long_task_max_clicks_ms: ms(
      Math.max(0, ...long.filter((e) => e.start < clicksEnd).map((e) => e.duration)),
    ),
    long_tasks_clears: long.filter((e) => e.start >= clicksEnd && e.start < clearsEnd).length,
    js_heap_mb: Math.round(heap / 2 ** 20),
  };
}

/**
 * Runs in the page: from `t0`, the next frame (the views updated in the event's own task are then
 * painted: `first`, read in a user-blocking task that runs before the slower views' timers), then
 * frame after frame until no view is busy (the slower views catch up after that paint, the terms
 * view waits for its worker) and one frame more: `all`.
 */
const UNTIL_SETTLED = `async (t0) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  // Right after the first paint: a user-blocking task runs before the slower views' timers.
  await new Promise((resolve) =>
    requestAnimationFrame(() => scheduler.postTask(resolve, { priority: 'user-blocking' })),
  );
  const first = performance.now() - t0;
  const busy = () => document.querySelector('[data-view][aria-busy="true"]');
  if (busy()) {
    while (busy() && performance.now() - t0 < 60000) await frame();
    await frame();
  }
  return { first, all: performance.now() - t0 };
}`;

/**
 * Runs in the page (as source text, so no build helper leaks in): click i alternates a category
 * button and a year, then times the first frame and the frame after every view updated.
 */
const CLICK_AND_WAIT = `async (i) => {
  const cats = [...document.querySelectorAll('figure[data-view="categories"] button.hit')];
  const years = [...document.querySelectorAll('figure[data-view="timeline"] rect[data-year]')];
  const t0 = performance.now();
  if (i % 2 === 0 && cats.length) cats[(i / 2) % Math.min(cats.length, 5)].click();
  else if (years.length) {
    const rect = years[years.length - 1 - (((i - 1) / 2) % Math.min(years.length, 12))];
    for (const type of ['pointerdown', 'pointerup'])
      rect.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 1, isPrimary: true }));
  }
  return (${UNTIL_SETTLED})(t0);
}`;

/**
 * Runs in the page: selects category i, waits until every view is idle, then clicks it again
 * (no filter left) and times that second click as a click.
 */
const CLICK_TWICE = `async (i) => {
  const pick = () => {
    const cats = [...document.querySelectorAll('figure[data-view="categories"] button.hit')];
    return cats[i % Math.min(cats.length, 5)];
  };
  pick().click();
  await (${UNTIL_SETTLED})(performance.now());
  const t0 = performance.now();
  pick().click();
  return (${UNTIL_SETTLED})(t0);
}`;

/** Words of the generated titles, abstracts and names: each search selects a different share. */
export const SEARCH_WORDS = [
  'robust',
  'scalable deep',
  'magnetic',
  'Silva',
  'evidence',
  'unified',
  'surveys',
  'towards fast',
  'asteroseismology',
  'Kelly',
  'pulsation',
  'implications',
  'revisiting',
  'efficient',
  'modelling',
  'constraints',
  'measuring',
  'topological',
  'learning',
  'accurate',
];

/**
 * Runs in the page: puts `query` in the search box, applies it with Enter and waits until the
 * status line changes, then as a click (first frame, every view updated).
 */
const SEARCH_AND_WAIT = `async (query) => {
  const box = document.querySelector('section[data-view="papers"] input[type="search"]');
  const status = document.querySelector('[data-testid="status"]');
  const before = status.textContent;
  box.value = query;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  const t0 = performance.now();
  box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await new Promise((resolve) => {
    if (status.textContent !== before) return resolve();
    const observer = new MutationObserver(() => {
      if (status.textContent === before) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    setTimeout(() => (observer.disconnect(), resolve()), 10000);
  });
  return (${UNTIL_SETTLED})(t0);
}`;
