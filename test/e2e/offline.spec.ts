import { resolve } from 'node:path';
import { expect, status, test } from './fixtures';
import { realPath } from '../helpers/real-fixtures';

const offline = `file://${resolve('dist/offline/index.html')}`;
const real = realPath;

test('the single-file build opens from file:// with the bundled data and its own strict policy', async ({
  page,
  watch,
}) => {
  void watch;
  await page.goto(offline);
  await expect(status(page)).toHaveText('16 papers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mike Walmsley');
  // Terms are counted by the text worker, or on the page where a worker cannot start from file://.
  await expect(page.locator('figure[data-view="terms"] .summary').last()).toContainText(
    'Most used in 16 papers',
  );
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toMatch(/unsafe-inline'[^;]*;.*script|unsafe-eval/);
  // Parsers are inside the one file: a BibTeX file loads offline too.
  await page.getByRole('button', { name: 'Load data…' }).click();
  await page.locator('input[type=file]').setInputFiles(real('ads_export_bibtex_24_mixed_doctypes.bib'));
  await expect(page.getByText(/read as BibTeX: 24 records/)).toBeVisible();
  // Two of its papers have an arXiv category: the list opens grouped by type; group by category.
  await page.getByLabel('Group by').selectOption('category');
  await page
    .getByRole('button', { name: /^astro-ph|^hep-th/ })
    .first()
    .click();
  await expect(status(page)).toHaveText(/Showing \d+ of \d+ papers/);
});
