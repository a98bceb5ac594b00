import { axeViolations, expect, pick, status, test } from './fixtures';
import { realPath } from '../helpers/real-fixtures';

const figure = (page: import('@playwright/test').Page, name: string) => page.getByRole('figure', { name });

test('a BibTeX list with 2 arXiv categories groups by type, venue and more; groups filter every view', async ({
  page,
  watch,
}) => {
  void watch;
  await page.goto('/');
  await expect(status(page)).toHaveText('16 papers');
  await pick(page, realPath('ads_export_bibtex_24_mixed_doctypes.bib'));
  await expect(status(page)).toHaveText('24 papers');

  // The default is the first kind that covers most papers: every paper has a type.
  const groupBy = page.getByLabel('Group by');
  await expect(groupBy).toHaveValue('type');
  await expect(groupBy.locator('option[value="venue"]')).toHaveText('Venue (16 of 24 papers)');
  await expect(groupBy.locator('option[value="category"]')).toHaveText('arXiv category (2 of 24 papers)');
  const categories = figure(page, 'Categories');
  await expect(categories.getByRole('button', { name: 'Journal article, 9 papers' })).toBeVisible();

  // Keyboard: the focused control steps to the kind above (keyword), and the address says so.
  await groupBy.focus();
  await page.keyboard.press('ArrowUp');
  await expect(groupBy).toHaveValue('keyword');
  await expect(page).toHaveURL(/[?&]group=keyword/);
  await expect(categories.getByRole('button', { name: /^No keyword, 15 papers/ })).toBeVisible();

  // Mouse: venue. The papers without a venue are a group of their own, with a name and a count.
  await groupBy.selectOption('venue');
  await expect(page).toHaveURL(/[?&]group=venue/);
  const noVenue = categories.getByRole('button', { name: /^No venue, 8 papers/ });
  await expect(noVenue).toBeVisible();
  await expect(figure(page, 'Papers over time').getByRole('list', { name: 'Venue colours' })).toContainText(
    'No venue',
  );

  await noVenue.click();
  await expect(status(page)).toHaveText('Showing 8 of 24 papers');
  await expect(noVenue).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]group=venue&venue=%28none%29/);
  await expect(page.getByRole('button', { name: 'Remove filter: Venue: No venue' })).toBeVisible();
  await expect(figure(page, 'Coauthor network')).toContainText('in 8 papers');
  await expect(page.locator('.paper')).toHaveCount(8);
  await expect(figure(page, 'Category trends')).not.toContainText('No categorised papers');

  for (const [name, file] of [
    ['Categories', 'categories'],
    ['Papers over time', 'timeline'],
    ['Category trends', 'category-trends'],
    ['Coauthor network', 'network'],
  ])
    await figure(page, name).screenshot({ path: `test-results/group-venue-${file}.png` });
  expect(await axeViolations(page)).toEqual([]);

  await page.reload();
  await expect(status(page)).toHaveText('Showing 8 of 24 papers');
  await expect(page.getByLabel('Group by')).toHaveValue('venue');
  await expect(
    figure(page, 'Categories').getByRole('button', { name: /^No venue, 8 papers/ }),
  ).toHaveAttribute('aria-pressed', 'true');

  // A named group filters too; the clause keeps its kind when the grouping changes.
  await figure(page, 'Categories')
    .getByRole('button', { name: /^No venue/ })
    .click();
  await expect(status(page)).toHaveText('24 papers');
  await figure(page, 'Coauthor network').screenshot({ path: 'test-results/group-venue-network-all.png' });
  await page.getByLabel('Group by').selectOption('type');
  await figure(page, 'Categories').getByRole('button', { name: 'Journal article, 9 papers' }).click();
  await expect(status(page)).toHaveText('Showing 9 of 24 papers');
  await expect(page).toHaveURL(/[?&]group=type&type=article/);
  await page.getByLabel('Group by').selectOption('venue');
  await expect(status(page)).toHaveText('Showing 9 of 24 papers');
  await expect(page.getByRole('button', { name: 'Remove filter: Type: Journal article' })).toBeVisible();
});

test('a one-paper list without a category names its group instead of saying "no papers"', async ({
  page,
  watch,
}) => {
  void watch;
  await page.goto('/');
  await pick(page, realPath('csljson_crossref_deep_review_36_authors.json'));
  await expect(status(page)).toHaveText(/^1 papers?$/);
  await page.getByLabel('Group by').selectOption('category');
  const timeline = figure(page, 'Papers over time');
  const year = timeline.locator('[data-year]').first();
  await year.click();
  // The one paper is selected (by its year): a filter is on, and the paper is in it.
  await expect(page.getByRole('button', { name: /^Remove filter: Years / })).toBeVisible();
  await expect(page.locator('.paper')).toHaveCount(1);
  const categories = figure(page, 'Categories');
  await expect(categories.getByRole('button', { name: /^No category, 1 papers?/ })).toBeVisible();
  await expect(categories).toContainText('1 paper has no category.');
  await expect(categories).not.toContainText('No papers in the selection');
  await expect(figure(page, 'Category trends')).not.toContainText('no papers');
  expect(await axeViolations(page)).toEqual([]);
});
