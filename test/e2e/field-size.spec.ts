import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { createSynthetic } from '../../src/dev/synthetic';
import { arxivLines } from '../../src/dev/synthetic-record';
import { parseArxivJsonl } from '../../src/lib/data/arxiv-jsonl';
import { PART_PAPERS } from '../../src/lib/collection/persist';
import { readCollectionParquet } from '../../src/lib/data/parquet/read-parquet';
import { textMatcher } from '../../src/lib/model/search-text';
import { axeViolations, expect, reopenParquet, saveParquet, status, test } from './fixtures';

/**
 * A field through the file picker: 2·10^5 generated papers stream in and stay in the collection
 * worker (the page holds none of them), their terms counted as they come. Every view shows and
 * filters by the worker's answers, the list scrolls to its last paper, a text search and a term
 * filter work, and the collection comes back after a reload (kept in IndexedDB in parts, by the
 * worker).
 */
const COUNT = 200_000;
const fmt = (n: number) => n.toLocaleString('en-GB');

/** How many records the kept collection has in IndexedDB: its head and its parts. */
function storedRecords(): Promise<number> {
  return new Promise((resolve) => {
    const open = indexedDB.open('research-trends-dashboard', 1);
    open.onsuccess = () => {
      const db = open.result;
      const count = db.transaction('collection').objectStore('collection').count();
      count.onsuccess = () => (db.close(), resolve(count.result));
      count.onerror = () => (db.close(), resolve(-1));
    };
    open.onerror = () => resolve(-1);
  });
}

/** The CLI's top terms of a file (as the page counts them), read while the page reads it. */
async function cliTerms(path: string): Promise<{ term: string; papers: number }[]> {
  const args = ['--import', 'tsx', 'src/cli/main.ts', 'summary', path];
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 1 << 26 });
  return JSON.parse(stdout).terms;
}

async function everyViewDrawn(page: Page) {
  await page.locator('figure[data-view="network"] :is(g.node, canvas)').first().waitFor({ timeout: 120_000 });
  for (const view of ['terms', 'category-trends', 'collaboration', 'code-availability'])
    await page.locator(`figure[data-view="${view}"] svg`).first().waitFor({ timeout: 120_000 });
  await expect(page.locator('[data-view][aria-busy="true"]')).toHaveCount(0, { timeout: 120_000 });
}

test('200,000 papers: held in the worker, every view shows and filters, kept for the next visit', async ({
  page,
  watch,
}) => {
  void watch;
  test.setTimeout(600_000);
  mkdirSync('test-results', { recursive: true });
  const path = 'test-results/field-200k.jsonl.gz';
  const text = [...arxivLines(createSynthetic({ papers: COUNT, seed: 5 }), 5)].join('\n') + '\n';
  writeFileSync(path, gzipSync(text));
  // What the views must say, from the same lines read here.
  const { papers } = parseArxivJsonl(text, { file: 'field.jsonl' });
  const byCategory = new Map<string, number>();
  for (const p of papers) byCategory.set(p.categories[0], (byCategory.get(p.categories[0]) ?? 0) + 1);
  const [top, inTop] = [...byCategory].sort((a, b) => b[1] - a[1])[0];
  const found = papers.filter((p) => p.categories[0] === top).filter(textMatcher('robust')).length;
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(inTop);
  const topTerms = cliTerms(path);

  await page.goto('/');
  await expect(status(page)).toHaveText('16 papers');
  await page.getByRole('button', { name: 'Load data…' }).click();
  await page.locator('input[type=file]').setInputFiles(path);
  await expect(status(page)).toHaveText(`${fmt(COUNT)} papers`, { timeout: 240_000 });
  await expect(page.getByText('Kept and answered in a worker of this page')).toBeVisible();
  const timeline = page.getByRole('figure', { name: 'Papers over time' });
  await expect(timeline).toContainText(`${fmt(COUNT)} papers from`);
  await everyViewDrawn(page);
  await expect(page.getByText(/Could not keep|storage is full/)).toHaveCount(0);

  // The terms were counted as the file streamed in, by a worker of their own: the CLI's top term,
  // and a click on it filters to its papers.
  const [first] = await topTerms;
  expect(page.workers().map((w) => w.url())).toContainEqual(expect.stringMatching(/text-worker/));
  const term = page.getByRole('button', { name: `${first.term} — ${fmt(first.papers)} papers`, exact: true });
  await term.click();
  await expect(status(page)).toHaveText(`Showing ${fmt(first.papers)} of ${fmt(COUNT)} papers`);
  await term.click();
  await expect(status(page)).toHaveText(`${fmt(COUNT)} papers`);

  // A category click filters every view by the worker's answers (counts by the page's cubes).
  await page.getByRole('button', { name: new RegExp(`^${top.replace('.', '\\.')} —`) }).click();
  await expect(status(page)).toHaveText(`Showing ${fmt(inTop)} of ${fmt(COUNT)} papers`);
  await expect(page).toHaveURL(new RegExp(`cat=${top.replace('.', '\\.')}`));
  await expect(timeline).toContainText(`${fmt(inTop)} papers from`);
  await expect(page.getByText(`Export selection (${fmt(inTop)} papers)`)).toBeVisible();

  // The list asks for the rows in view: End reaches the last paper of the selection.
  const list = page.getByRole('region', { name: `Paper list, ${fmt(inTop)} papers` });
  await list.focus();
  await page.keyboard.press('End');
  await expect(list.locator(`li[aria-posinset="${inTop}"]`)).toBeVisible({ timeout: 30_000 });

  // A text search, answered from the worker's word index; the terms view follows.
  await page.getByRole('searchbox').fill('robust');
  await page.getByRole('searchbox').press('Enter');
  await expect(status(page)).toHaveText(`Showing ${fmt(found)} of ${fmt(COUNT)} papers`, { timeout: 60_000 });
  const terms = page.locator('figure[data-view="terms"]');
  await expect(terms.locator('.summary').last()).toContainText(`Most used in ${fmt(found)} papers`, {
    timeout: 60_000,
  });
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/field-size.png', fullPage: true });

  // The collection is stored after it is shown: a reload before the write ends keeps the one before.
  await expect
    .poll(() => page.evaluate(storedRecords), { timeout: 120_000 })
    .toBe(Math.ceil(COUNT / PART_PAPERS) + 1);
  await page.reload();
  await expect(status(page)).toHaveText(`Showing ${fmt(found)} of ${fmt(COUNT)} papers`, {
    timeout: 240_000,
  });
  await expect(page.getByText('field-200k.jsonl.gz').first()).toBeVisible();
  await expect(page.getByText('Kept and answered in a worker of this page')).toBeVisible();
});

test('a field saved as Parquet is written in the worker and opens again, held there', async ({
  page,
  watch,
}) => {
  void watch;
  test.setTimeout(300_000);
  const n = 60_000;
  const path = 'test-results/field-60k.jsonl';
  writeFileSync(path, [...arxivLines(createSynthetic({ papers: n, seed: 8 }), 8)].join('\n') + '\n');
  await page.goto('/');
  await page.getByRole('button', { name: 'Load data…' }).click();
  await page.locator('input[type=file]').setInputFiles(path);
  await expect(status(page)).toHaveText(`${fmt(n)} papers`, { timeout: 120_000 });
  await expect(page.getByText('Kept and answered in a worker of this page')).toBeVisible();
  const categories = () =>
    page
      .locator('figure[data-view="categories"] [aria-label$="papers"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  // Read once the view shows this collection: its primary categories' papers add up to all of them.
  const total = async () =>
    (await categories()).reduce(
      (sum, label) => sum + Number(/([\d,]+) papers$/.exec(label ?? '')?.[1].replace(/,/g, '') ?? 0),
      0,
    );
  await expect.poll(total, { timeout: 60_000 }).toBe(n);
  const before = await categories();

  const bytes = (await saveParquet(page)).buffer;
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('PAR1');
  const saved = await readCollectionParquet(new Uint8Array(bytes), { file: 'saved.parquet' });
  expect(saved.papers).toHaveLength(n);

  // Opened again: read whole in the worker, and kept there (more than 50,000 papers).
  await reopenParquet(page, bytes);
  await expect(status(page)).toHaveText(`${fmt(n)} papers`, { timeout: 120_000 });
  await expect(page.getByText('Kept and answered in a worker of this page')).toBeVisible();
  await expect.poll(categories, { timeout: 60_000 }).toEqual(before);
});
