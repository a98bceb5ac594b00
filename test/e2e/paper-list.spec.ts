import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { parseArxivJsonl } from '../../src/lib/data/arxiv-jsonl';
import type { Paper } from '../../src/lib/data/paper';
import { createSynthetic } from '../../src/dev/synthetic';
import { arxivLines } from '../../src/dev/synthetic-record';
import { textMatcher } from '../../src/lib/model/search-text';
import { expect, status, test } from './fixtures';

const COUNT = 20_000;
const text = [...arxivLines(createSynthetic({ papers: COUNT, seed: 7 }), 7)].join('\n') + '\n';
/** The orders the list must show, by the plain sort it replaced. */
const { papers } = parseArxivJsonl(text, { file: 'papers.jsonl' });
const titleOrder = (a: Paper, b: Paper) => a.title.localeCompare(b.title);
const newest = [...papers].sort((a, b) => -(a.date ?? '').localeCompare(b.date ?? '') || titleOrder(a, b));
const byTitle = [...papers].sort(titleOrder);

async function open(page: Page, filters = ''): Promise<Locator> {
  await page.route(
    (url) => url.pathname === '/papers.jsonl',
    (route) => route.fulfill({ body: text, contentType: 'text/plain' }),
  );
  await page.goto(`/?data=/papers.jsonl${filters}`);
  if (!filters)
    await expect(status(page)).toHaveText(`${COUNT.toLocaleString('en')} papers`, { timeout: 60_000 });
  return page.getByRole('region', { name: `Paper list, ${COUNT.toLocaleString('en')} papers` });
}

/**
 * What is wrong with the drawn rows: too many of them, a gap or an overlap between two, or a
 * stretch of the view that no row covers.
 */
async function tilingProblems(list: Locator): Promise<string[]> {
  return list.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const rows = [...el.querySelectorAll('li.paper')].map((li) => ({
      pos: Number(li.getAttribute('aria-posinset')),
      top: li.getBoundingClientRect().top - box.top,
      bottom: li.getBoundingClientRect().bottom - box.top,
    }));
    const problems: string[] = [];
    if (rows.length === 0 || rows.length > 100) problems.push(`${rows.length} rows drawn`);
    for (let k = 1; k < rows.length; k++) {
      if (rows[k].pos !== rows[k - 1].pos + 1) problems.push(`row ${rows[k].pos} after ${rows[k - 1].pos}`);
      if (Math.abs(rows[k].top - rows[k - 1].bottom) > 0.5) problems.push(`gap above row ${rows[k].pos}`);
    }
    if (rows[0]?.top > 0.5) problems.push(`nothing above row ${rows[0].pos}`);
    if (rows.at(-1)!.bottom < el.clientHeight - 0.5) problems.push(`nothing below row ${rows.at(-1)!.pos}`);
    return problems;
  });
}

/** The first row whose top is in view, and where that top is. */
const firstInView = (list: Locator) =>
  list.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const li = [...el.querySelectorAll('li.paper')].find((li) => li.getBoundingClientRect().top >= box.top)!;
    return { pos: li.getAttribute('aria-posinset'), top: li.getBoundingClientRect().top - box.top };
  });

const row = (list: Locator, pos: number) => list.locator(`li[aria-posinset="${pos}"]`);

/** Whether row `pos` is drawn and wholly inside the list's box (to the sub-pixel). */
const shown = (list: Locator, pos: number) =>
  list.evaluate((el, pos) => {
    const li = el.querySelector(`li[aria-posinset="${pos}"]`);
    if (!li) return false;
    const box = el.getBoundingClientRect();
    const r = li.getBoundingClientRect();
    return r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
  }, pos);

test('20,000 papers: only the rows in view are drawn, every row can be reached, nothing jumps', async ({
  page,
  watch,
}) => {
  void watch;
  const list = await open(page);
  await expect(row(list, 1)).toHaveAttribute('aria-setsize', String(COUNT));
  await expect(row(list, 1).getByRole('heading')).toHaveText(newest[0].title);
  expect(await tilingProblems(list)).toEqual([]);

  // Into the middle, far from any row drawn so far.
  await list.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  await expect.poll(() => tilingProblems(list)).toEqual([]);
  await page.locator('[data-view="papers"]').screenshot({ path: 'test-results/paper-list.png' });

  // Scrolling up past the drawn rows brings in rows of unknown height above the view: the rows
  // on screen must move by exactly the distance scrolled, not by what those rows turned out to be.
  await page.waitForTimeout(300);
  const before = await firstInView(list);
  const box = (await list.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let k = 0; k < 6; k++) {
    await page.mouse.wheel(0, -500);
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(500);
  const after = await row(list, Number(before.pos)).evaluate(
    (li) => li.getBoundingClientRect().top - li.closest('[role=region]')!.getBoundingClientRect().top,
  );
  expect(after - before.top).toBeCloseTo(3000, 0);
  expect(await tilingProblems(list)).toEqual([]);

  // The keyboard scrolls the list; End reaches the oldest paper.
  await list.focus();
  await expect(list).toBeFocused();
  await page.keyboard.press('End');
  await expect.poll(() => shown(list, COUNT)).toBe(true);
  await expect(row(list, COUNT).getByRole('heading')).toHaveText(newest.at(-1)!.title);
  expect(await tilingProblems(list)).toEqual([]);

  await page.keyboard.press('Home');
  await expect.poll(() => shown(list, 1)).toBe(true);
  expect(await list.locator('li').count()).toBeLessThanOrEqual(100);
});

test('20,000 papers: a link keeps focus in the list when its row scrolls away', async ({ page, watch }) => {
  void watch;
  const list = await open(page);
  // The rows in view come with their own answer, a moment after the count.
  await expect(row(list, 1).getByRole('link')).toBeVisible();
  // A late answer (the address restored after the load) may draw the rows again: Tab once more then.
  await expect(async () => {
    await list.focus();
    await page.keyboard.press('Tab');
    await expect(row(list, 1).getByRole('link')).toBeFocused({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await list.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  await expect(row(list, 1)).toHaveCount(0);
  await expect(list).toBeFocused();
});

test('20,000 papers: sorting by title starts at the first title; the list passes axe', async ({
  page,
  watch,
}) => {
  void watch;
  const list = await open(page);
  await list.evaluate((el) => (el.scrollTop = 5000));
  await page.getByRole('combobox', { name: 'Sort papers' }).selectOption('title');
  await expect(row(list, 1).getByRole('heading')).toHaveText(byTitle[0].title);
  await expect(row(list, 2).getByRole('heading')).toHaveText(byTitle[1].title);
  expect(await list.evaluate((el) => el.scrollTop)).toBe(0);
  expect(await tilingProblems(list)).toEqual([]);

  const results = await new AxeBuilder({ page })
    .include('[data-view="papers"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('20,000 papers: text search and terms come from the text worker and agree with the page', async ({
  page,
  watch,
}) => {
  void watch;
  await open(page);
  const found = papers.filter(textMatcher('learning')).length;
  expect(found).toBeGreaterThan(0);
  await page.getByRole('searchbox').fill('learning');
  await page.getByRole('searchbox').press('Enter');
  await expect(status(page)).toHaveText(
    `Showing ${found.toLocaleString('en')} of ${COUNT.toLocaleString('en')} papers`,
  );
  await expect(page).toHaveURL(/q=learning/);
  expect(page.workers().some((w) => /text-worker/.test(w.url()))).toBe(true);

  // The terms view counts the search's papers in the worker and filters by a term from there.
  const terms = page.locator('figure[data-view="terms"]');
  await expect(terms.locator('.summary').last()).toContainText(
    `Most used in ${found.toLocaleString('en')} papers`,
    {
      timeout: 60_000,
    },
  );
  await expect(terms).toHaveAttribute('aria-busy', 'false');
  // 31 years of hundreds of papers: the cells are too narrow for their numbers, which the note says.
  await expect(terms.getByText(/^Shade: /)).toContainText('(numbers in the Table)');
  await terms.screenshot({ path: 'test-results/terms-20000.png' });
  await page
    .locator('figure[data-view="code-availability"]')
    .screenshot({ path: 'test-results/code-availability-20000.png' });
  const first = terms.locator('button.hit').first();
  const label = (await first.getAttribute('aria-label'))!;
  const inTerm = Number(/— ([\d,]+) paper/.exec(label)![1].replace(/,/g, ''));
  await first.click();
  await expect(status(page)).toHaveText(
    `Showing ${inTerm.toLocaleString('en')} of ${COUNT.toLocaleString('en')} papers`,
  );
  await expect(page).toHaveURL(/term=/);
});

test('20,000 papers from data= with a search in the address: the search applies to them', async ({
  page,
  watch,
}) => {
  void watch;
  const found = papers.filter(textMatcher('learning')).length;
  await open(page, '&q=learning');
  await expect(status(page)).toHaveText(
    `Showing ${found.toLocaleString('en')} of ${COUNT.toLocaleString('en')} papers`,
    { timeout: 60_000 },
  );
  await expect(page).toHaveURL(/data=.*q=learning/);
  await expect(page.getByRole('searchbox')).toHaveValue('learning');
});
