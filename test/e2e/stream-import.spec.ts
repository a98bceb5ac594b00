import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
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
  await page.screenshot({ path: 'test-results/stream-import-progress.png' });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('alert')).toContainText('Import cancelled. Your current data is unchanged.');
  await expect(status(page)).toHaveText('16 papers');
  await expect(timeline).toContainText('16 papers from 2019 to 2026');
});
