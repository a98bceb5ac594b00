/**
 * (f) browser-filter: the built app in headless Chromium with a generated collection loaded via
 * `?data=`, then category and year clicks, each timed in the page from the click to the frame
 * after every view updated (a requestAnimationFrame, then a task). Long tasks are recorded with a
 * PerformanceObserver from the first click on.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import config from '../playwright.config';
import { ms, quantile } from './stats';

export interface BrowserOptions {
  outDir: string;
  lines: string[];
  clicks: number;
  /** How long the app may take to show the collection. */
  loadTimeoutMs: number;
  /** How long all clicks together may take before the run stops. */
  clickBudgetMs: number;
}

/** Starts `vite preview` on `outDir`; resolves once it answers. */
async function preview(outDir: string, port: number) {
  const child = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  // Only the server this run started, by its process group id.
  return { url, stop: () => child.pid && process.kill(-child.pid, 'SIGTERM') };
}

export async function runBrowserBench(options: BrowserOptions): Promise<Record<string, unknown>> {
  const papers = options.lines.length;
  const file = `bench-${papers}.jsonl`;
  writeFileSync(join(options.outDir, file), options.lines.join('\n') + '\n');
  const server = await preview(options.outDir, 4300 + Math.floor(Math.random() * 500));
  const browser = await chromium.launch(config.use!.launchOptions);
  const result: Record<string, unknown> = { name: 'browser-filter', papers };
  try {
    const page = await browser.newPage({ viewport: config.use!.viewport });
    await page.addInitScript(() => {
      const w = window as unknown as { __long: { start: number; duration: number }[] };
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const started = Date.now();
    await page.goto(`${server.url}/?data=/${file}`);
    try {
      await page
        .getByTestId('status')
        .filter({ hasText: `${papers} papers` })
        .waitFor({ timeout: options.loadTimeoutMs });
    } catch {
      return {
        ...result,
        error: `the app did not show ${papers} papers within ${options.loadTimeoutMs / 1000} s`,
      };
    }
    result.load_ms = Date.now() - started;
    await page.waitForTimeout(1000);
    const from = await page.evaluate(() => performance.now());
    const times: number[] = [];
    const deadline = Date.now() + options.clickBudgetMs;
    for (let i = 0; i < options.clicks; i++) {
      const t = await Promise.race([
        page.evaluate(`(${CLICK_AND_WAIT})(${i})`) as Promise<number>,
        new Promise<number>((r) => setTimeout(() => r(NaN), Math.max(0, deadline - Date.now()))),
      ]);
      if (Number.isNaN(t)) {
        result.error = `${i} clicks took the whole ${options.clickBudgetMs / 1000} s budget; stopped`;
        break;
      }
      times.push(t);
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
    return {
      ...result,
      p50_ms: ms(quantile(times, 0.5)),
      p95_ms: ms(quantile(times, 0.95)),
      clicks: times.length,
      long_tasks: long.length,
      long_task_max_ms: ms(Math.max(0, ...long.map((e) => e.duration))),
      js_heap_mb: Math.round(heap / 2 ** 20),
    };
  } finally {
    await browser.close();
    server.stop();
  }
}

/**
 * Runs in the page (as source text, so no build helper leaks in): click i alternates a category
 * button and a year, then waits for the next frame and the task after it, so the time covers the
 * update, layout and paint of every view.
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
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - t0;
}`;
