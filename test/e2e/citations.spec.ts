/**
 * Issue 18's Citations view in the built app, on real files: OpenAlex works (counts per year)
 * and a Semantic Scholar author (totals only), and the bundled profile (its header's totals only).
 * A year and a paper filter the other views, the table twin lists both, axe is clean, and the
 * words read right for 0, 1 and many.
 */
import type { Page } from '@playwright/test';
import { answerOffsite, axeViolations, expect, openBundled, status, test } from './fixtures';
import { recordedReply } from '../unit/online/recorded-routes';
import { fixturePath } from '../helpers/own-fixtures';
import { realPath } from '../helpers/real-fixtures';

async function load(page: Page, file: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load data…' }).click();
  await page.locator('input[type=file]').setInputFiles(realPath(file));
  await expect(page.getByText(`${file}: read as`)).toBeVisible();
}

const view = (page: Page) => page.getByRole('figure', { name: 'Citations' });

test('OpenAlex works: per-year citations, a year and a paper filter, the table, axe clean', async ({
  page,
  watch,
}) => {
  void watch;
  await load(page, 'openalex_works_list_50_cursor.json');
  await expect(status(page)).toHaveText('50 papers');
  const citations = view(page);
  await expect(citations).toContainText(
    '6,985 citations to 50 papers; h-index 37, i10 50; most received in 2012 (394).',
  );
  await expect(citations.getByRole('note')).toHaveText(
    'Citations known for 50 of 50 papers; OpenAlex as of 2025-01-19 to 2025-10-08.',
  );
  await citations.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/citations-openalex.png', fullPage: true });
  await citations.screenshot({ path: 'test-results/citations-openalex-view.png' });

  // A year: the papers cited that year (41 of the 50 have a 2018 count above 0).
  const year = citations.locator('[data-year="2018"]');
  await expect(year).toHaveAttribute('aria-label', /^2018: 294 citations received; h-index 35/);
  await year.click();
  await expect(page).toHaveURL(/cited=2018/);
  await expect(
    page.getByRole('button', { name: 'Remove filter: Papers cited in 2018 (by their citations per year)' }),
  ).toBeVisible();
  await expect(status(page)).toHaveText('Showing 41 of 50 papers');
  await expect(year).toHaveAttribute('aria-pressed', 'true');
  // Its own clause does not filter the view itself.
  await expect(citations).toContainText('6,985 citations to 50 papers');
  await year.click();
  await expect(status(page)).toHaveText('50 papers');

  // A paper: that paper alone; the keyboard works as the mouse does.
  const top = citations.getByRole('button', { name: /Governance Matters IV/ });
  await top.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/cited-paper=doi%3A10\.1596%2F1813-9450-3630/);
  await expect(status(page)).toHaveText('Showing 1 of 50 papers');
  await expect(top).toHaveAttribute('aria-pressed', 'true');
  expect(await axeViolations(page)).toEqual([]);

  await citations.getByRole('button', { name: 'Table' }).click();
  const table = citations.getByRole('region', { name: 'Citations: table' });
  await expect(table.getByRole('row', { name: '2018 294 35' })).toBeVisible();
  await expect(
    table.getByRole('row', { name: /^Governance Matters IV .* 2005 1,589 OpenAlex, 2025-09-18$/ }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The same view as a slide, filtered by the address.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.keyboard.press('Escape');
  await page.goto('/?present=1&slide=9');
  await expect(page.locator('[data-view="citations"]')).toBeVisible();
  await expect(page.locator('[data-view="citations"] [data-year="2012"]')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/citations-slide.png' });
});

test('Semantic Scholar: totals per paper, no years; the most cited still filter', async ({ page, watch }) => {
  void watch;
  await load(page, 's2_author_with_papers_turing.json');
  const citations = view(page);
  await expect(citations).toContainText('12,416 citations to 60 papers; h-index 23, i10 26.');
  await expect(citations).toContainText('No citations per year: their source gives totals only.');
  await expect(citations.getByRole('note')).toHaveText(
    /^Citations known for 60 of 60 papers; Semantic Scholar as of \d{4}-\d\d-\d\d\. No counts per year\.$/,
  );
  await citations.getByRole('button', { name: /^8,596 Computing Machinery and Intelligence/ }).click();
  await expect(status(page)).toHaveText('Showing 1 of 60 papers');
  expect(await axeViolations(page)).toEqual([]);
  await citations.screenshot({ path: 'test-results/citations-s2-view.png' });
});

test('the bundled profile: the header’s own totals, labelled, beside what the papers give', async ({
  page,
  watch,
}) => {
  void watch;
  await openBundled(page);
  const citations = view(page);
  await expect(citations).toContainText('No citation counts in the selection.');
  await expect(citations.getByRole('note')).toHaveText(
    /^No citation counts for the papers in the selection: only the profile header gives totals \(h-index 41, Citations 360, .+ as of 2026-11-26\)\.$/,
  );
  expect(await axeViolations(page)).toEqual([]);
});

test('Fill in on a BibTeX list: nothing sent before the button, then citations in the view and a note', async ({
  page,
  watch,
}) => {
  const sent: string[] = [];
  await answerOffsite(page, watch, /^https:\/\/api\.openalex\.org\//, async (route) => {
    sent.push(route.request().url());
    const reply = recordedReply(route.request().url());
    await route.fulfill({
      status: reply.status,
      body: reply.body,
      contentType: reply.contentType,
      headers: { 'Access-Control-Allow-Origin': '*' },
    });
  });
  await answerOffsite(page, watch, /^https:\/\/export\.arxiv\.org\//, (route) => route.abort());
  await page.goto('/');
  await page.getByRole('button', { name: 'Load data…' }).click();
  await page.locator('input[type=file]').setInputFiles(fixturePath('bibtex/fill-in-eight.bib'));
  await expect(status(page)).toHaveText('8 papers');
  await expect(view(page)).toContainText('No citation counts in the selection.');

  await page.getByRole('button', { name: 'Fill in from OpenAlex…' }).click();
  const panel = page.getByRole('region', { name: 'Fill in from OpenAlex' });
  await expect(panel).toContainText('Fill in looks up 7 of the 8 papers on api.openalex.org (OpenAlex)');
  await expect(panel).toContainText('arXiv’s API does not let a web page call it');
  expect(await axeViolations(page)).toEqual([]);
  expect(sent, 'nothing is sent before the button').toEqual([]);

  await panel.getByRole('button', { name: 'Fill in 7 papers' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /^Filled 5 of 7 papers looked up from OpenAlex/ }),
  ).toBeVisible();
  await expect(view(page).getByRole('note')).toHaveText(
    /^Citations known for 5 of 8 papers; OpenAlex as of /,
  );
  await page.getByText('2 papers not filled in: why').click();
  await expect(page.getByRole('region', { name: 'Papers not filled in' })).toContainText(
    'OpenAlex does not know the DOI 10.9999/not.in.openalex',
  );
  expect(sent.length).toBeGreaterThan(0);
  expect(sent.every((u) => u.startsWith('https://api.openalex.org/works?'))).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/citations-fill-in.png', fullPage: true });
});
