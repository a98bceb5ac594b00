import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createSynthetic } from '../../src/dev/synthetic';
import { arxivLines } from '../../src/dev/synthetic-record';
import { expect, status, test } from './fixtures';

/**
 * A field-size list through the file picker: 1.5·10^5 generated papers stream in, the first
 * views show, and the collection survives a reload (a single stored value of this size is over
 * Chromium's limit for IndexedDB, so it is kept in parts).
 */
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

test('150,000 papers stream in, show, and are kept for the next visit', async ({ page, watch }) => {
  void watch;
  test.setTimeout(300_000);
  mkdirSync('test-results', { recursive: true });
  const path = 'test-results/field-150k.jsonl.gz';
  const lines = [...arxivLines(createSynthetic({ papers: 150_000, seed: 5 }), 5)];
  writeFileSync(path, gzipSync(lines.join('\n') + '\n'));

  await page.goto('/');
  await expect(status(page)).toHaveText('16 papers');
  await page.getByRole('button', { name: 'Load data…' }).click();
  await page.locator('input[type=file]').setInputFiles(path);
  await expect(status(page)).toHaveText('150,000 papers', { timeout: 180_000 });
  const timeline = page.getByRole('figure', { name: 'Papers over time' });
  await expect(timeline).toContainText(/^.*150,000 papers from \d{4} to \d{4}/);
  await expect(page.getByRole('figure', { name: 'Categories' })).toContainText('categories in the selection');
  await expect(page.getByText('Could not keep the collection')).toHaveCount(0);
  await expect(page.getByText('storage is full')).toHaveCount(0);

  // The collection is stored after it is shown: a reload before the write ends keeps the one before.
  await expect
    .poll(() => page.evaluate(storedRecords), { timeout: 60_000 })
    .toBe(Math.ceil(150_000 / 10_000) + 1);
  await page.reload();
  await expect(status(page)).toHaveText('150,000 papers', { timeout: 120_000 });
  await expect(timeline).toContainText('150,000 papers from');
  await expect(page.getByText('field-150k.jsonl.gz').first()).toBeVisible();
});
