/**
 * Item 4 of issue 19: a list where no paper has a year replaces what was drawn — no view that
 * draws years keeps the previous collection's chart, before or after a reload — and every such
 * view says how many papers it cannot place.
 */
import { axeViolations, expect, openBundled, status, test } from './fixtures';
import { fixturePath } from '../helpers/own-fixtures';

const YEAR_VIEWS: [string, string][] = [
  ['Papers over time', 'the timeline'],
  ['Terms over time', 'the heat map'],
  ['Category trends', 'the chart'],
  ['Collaboration over time', 'the chart'],
  ['Code availability', 'the chart'],
];

test('an undated list clears every year chart and counts its papers, also after a reload', async ({
  page,
  watch,
}) => {
  void watch;
  await openBundled(page);
  for (const [name] of YEAR_VIEWS)
    await expect(page.getByRole('figure', { name }).locator('svg.plot')).toHaveCount(1);

  await page.getByRole('button', { name: 'Load data…' }).click();
  await page.locator('input[type=file]').setInputFiles(fixturePath('bibtex/undated-three.bib'));
  await expect(status(page)).toHaveText('3 papers');
  const check = async () => {
    for (const [name, where] of YEAR_VIEWS) {
      const figure = page.getByRole('figure', { name });
      await expect(figure.locator('.summary')).toContainText(`3 papers without a date are not on ${where}.`);
      await expect(figure.locator('svg.plot')).toHaveCount(0);
      await expect(figure.locator('[data-year]')).toHaveCount(0);
    }
  };
  await check();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/undated-list.png', fullPage: true });

  await page.reload();
  await expect(status(page)).toHaveText('3 papers');
  await check();
});
