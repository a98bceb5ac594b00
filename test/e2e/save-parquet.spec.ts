import type { Page } from '@playwright/test';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { axeViolations, expect, reopenParquet, saveParquet, status, test } from './fixtures';
import { realPath } from '../helpers/real-fixtures';

/** Every category mark's name ("astro-ph.GA — …, 7 papers"): the counts the categories view draws. */
const categoryNames = (page: Page) =>
  page
    .locator('figure[data-view="categories"] [aria-label$="papers"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));

test('a collection saved as Parquet opens again with the same counts', async ({ page, watch }) => {
  void watch;
  await page.goto('/');
  await page.getByRole('button', { name: 'Load data…' }).click();
  await page.locator('input[type=file]').setInputFiles(realPath('arxiv_atom_search_testing_100.xml'));
  await expect(status(page)).toHaveText('100 papers');
  const before = await categoryNames(page);
  expect(before.length).toBeGreaterThan(3);

  const saved = await saveParquet(page);
  expect(saved.name).toMatch(/\.parquet$/);
  expect(saved.buffer.subarray(0, 4).toString('latin1')).toBe('PAR1');

  await reopenParquet(page, saved.buffer);
  await expect(
    page.getByText('saved.parquet: read as this app’s Parquet: 100 records, 100 papers'),
  ).toBeVisible();
  await expect(status(page)).toHaveText('100 papers');
  expect(await categoryNames(page)).toEqual(before);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/save-parquet.png', fullPage: true });
});

test('a Parquet file of another shape is refused with the columns expected; the data stays', async ({
  page,
  watch,
}) => {
  void watch;
  await page.goto('/?cat=astro-ph.GA');
  await expect(status(page)).toHaveText('Showing 7 of 16 papers');
  // Another tool's table: a title and a year, but not this app's columns.
  const foreign = parquetWriteBuffer({
    columnData: [
      { name: 'title', data: ['A', 'B'], type: 'STRING' },
      { name: 'year', data: [2020, 2021], type: 'INT32' },
    ],
  });
  await page.getByRole('button', { name: 'Load data…' }).click();
  await page.locator('input[type=file]').setInputFiles({
    name: 'other.parquet',
    mimeType: 'application/vnd.apache.parquet',
    buffer: Buffer.from(foreign),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'No paper could be read from other.parquet. Your current data is unchanged.',
  );
  await expect(alert).toContainText('other.parquet');
  await expect(alert).toContainText(
    /Not a collection saved by this app: it has no column .*Expected the columns/,
  );
  await expect(page.getByText('other.parquet: not read')).toBeVisible();
  await expect(status(page)).toHaveText('Showing 7 of 16 papers');
  await page.screenshot({ path: 'test-results/save-parquet-refused.png', fullPage: true });
});
