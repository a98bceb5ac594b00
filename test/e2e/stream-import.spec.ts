import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArxivJsonl } from '../../src/lib/data/arxiv-jsonl';
import { textMatcher } from '../../src/lib/model/search-text';
import { createSynthetic } from '../../src/dev/synthetic';
import { arxivLines } from '../../src/dev/synthetic-record';
import { axeViolations, expect, status, test } from './fixtures';

/** Generated arXiv snapshot lines (seeded), with the given lines replaced by text that is not JSON. */
function snapshotLines(n: number, bad: readonly number[] = []): string {
  const lines = [...arxivLines(createSynthetic({ papers: n, seed: 3 }), 3)];
  for (const at of bad) lines.splice(at - 1, 0, `not a paper, line ${at}`);
  return lines.join('\n') + '\n';
}

const file = (name: string, text: string | Uint8Array) => ({
  name,
  mimeType: 'application/gzip',
  buffer: Buffer.from(typeof text === 'string' ? gzipSync(text) : text),
});

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(status(page)).toHaveText('16 papers');
  await page.getByRole('button', { name: 'Load data…' }).click();
});

test('gzipped snapshot lines stream in; lines that are not papers are reported by number', async ({
  page,
  watch,
}) => {
  void watch;
  await page
    .locator('input[type=file]')
    .setInputFiles(file('field.jsonl.gz', snapshotLines(3000, [10, 2500])));
  await expect(
    page.getByText('field.jsonl.gz: read as arXiv metadata JSON Lines: 3,002 records, 3,000 papers'),
  ).toBeVisible();
  await expect(status(page)).toHaveText('3,000 papers');
  await expect(page.locator('main')).toContainText(
    'field.jsonl.gz: 2 similar problems: lines 10, 2500 — the first: Not valid JSON; skipped.',
  );
  await expect(page.getByRole('figure', { name: 'Coauthor network' })).toContainText('in 3,000 papers');
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/stream-import.png', fullPage: true });
});

test('a cut gzip file says so and keeps the current data', async ({ page, watch }) => {
  void watch;
  const whole = gzipSync(snapshotLines(2000));
  await page
    .locator('input[type=file]')
    .setInputFiles(file('cut.jsonl.gz', whole.subarray(0, whole.length >> 1)));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'No paper could be read from cut.jsonl.gz. Your current data is unchanged.',
  );
  await expect(alert).toContainText('The file ends before its compressed data does');
  await expect(status(page)).toHaveText('16 papers');
});

test('Cancel stops a big file at once and keeps the current data', async ({ page, watch }) => {
  void watch;
  mkdirSync('test-results', { recursive: true });
  const path = 'test-results/big.jsonl.gz';
  // Big enough to be still reading after the preview is checked, on a busy machine too.
  writeFileSync(path, gzipSync(snapshotLines(400_000)));
  // A filter on the collection shown: the new file's first views start without it, Cancel brings it back.
  await page.goto('/?cat=astro-ph.GA');
  await expect(status(page)).toHaveText('Showing 7 of 16 papers');
  await page.getByRole('button', { name: 'Load data…' }).click();
  await page.locator('input[type=file]').setInputFiles(path);
  // Papers are counted as they arrive, beside the share of the file read.
  await expect(
    page.getByRole('status').filter({ hasText: /Reading… \d+%: [1-9][\d,]* papers/ }),
  ).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Reading files' })).toBeVisible();
  // The first views are drawn from the papers read so far, before the end of the file.
  await expect(page.getByText(/from big\.jsonl\.gz \(reading: \d+% so far\)/).first()).toBeVisible();
  const timeline = page.getByRole('figure', { name: 'Papers over time' });
  await expect(timeline).toContainText(/[1-9][\d,]* papers from \d{4} to \d{4}/);
  await expect(timeline).not.toContainText('16 papers');
  await expect(status(page)).toHaveText(/^[\d,]+ papers$/);
  await page.screenshot({ path: 'test-results/stream-import-progress.png' });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('alert')).toContainText('Import cancelled. Your current data is unchanged.');
  await expect(status(page)).toHaveText('Showing 7 of 16 papers');
  await expect(page).toHaveURL(/cat=astro-ph\.GA/);
  await expect(timeline).toContainText('7 papers from 2019 to 2026');
});

test('a search typed on the first views of a streaming file stays when the file is read', async ({
  page,
  watch,
}) => {
  void watch;
  mkdirSync('test-results', { recursive: true });
  const path = 'test-results/field-60k.jsonl.gz';
  const lines = snapshotLines(60_000);
  writeFileSync(path, gzipSync(lines));
  const found = parseArxivJsonl(lines, { file: 'field.jsonl' }).papers.filter(textMatcher('learning')).length;
  await page.locator('input[type=file]').setInputFiles(path);
  await expect(page.getByText(/from field-60k\.jsonl\.gz \(reading: \d+% so far\)/).first()).toBeVisible();
  await page.getByRole('searchbox').fill('learning');
  await page.getByRole('searchbox').press('Enter');
  await expect(status(page)).toHaveText(`Showing ${found.toLocaleString('en')} of 60,000 papers`, {
    timeout: 60_000,
  });
  await expect(page).toHaveURL(/q=learning/);
  await expect(page.getByRole('searchbox')).toHaveValue('learning');
});
