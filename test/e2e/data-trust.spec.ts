import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { axeViolations, expect, status, test } from './fixtures';

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
/** The page reads "today" as its as-of date: pinned, so the plausible years end at 2027. */
const AS_OF = new Date('2026-11-26T12:00:00Z');

/** Opens the page on the bundled profile and picks `files` in the import panel. */
async function pick(page: Page, files: string[]) {
  await page.goto('/');
  await expect(status(page)).toHaveText('16 papers');
  await page.getByRole('button', { name: 'Load data…' }).click();
  await page.locator('input[type=file]').setInputFiles(files.map(fixture));
}

test('grouped problems open by keyboard, and no impossible year reaches the timeline or the header', async ({
  page,
  watch,
}) => {
  void watch;
  await page.clock.setFixedTime(AS_OF);
  await pick(page, ['bibtex/impossible-years.bib', 'csv/extra-cells-55.csv']);
  await expect(page.getByText(/impossible-years\.bib: read as BibTeX: 9 records, 9 papers/)).toBeVisible();
  await expect(status(page)).toHaveText('65 papers');

  // Years: 6, -3000 (BC) and 2099 are undated, so the span is that of the plausible years.
  await expect(page.locator('header.profile .meta')).toContainText('65 papers, 1984–2027');
  const years = page.locator('[data-view="timeline"] [data-year]');
  await expect(years.first()).toHaveAttribute('data-year', '1984');
  await expect(years.last()).toHaveAttribute('data-year', '2027');

  // The problem list: collapsed, one line per kind of problem.
  const notices = page.locator('details.problems');
  await expect(notices).not.toHaveAttribute('open');
  await notices.locator(':scope > summary').click();
  await expect(notices.locator(':scope > summary')).toHaveText('58 problems while reading the data');
  const longRows = notices.locator('details', {
    hasText:
      'extra-cells-55.csv: 55 rows have one cell more than the header: lines 2–56 — the last cell was dropped',
  });
  await expect(longRows).toBeVisible();
  await expect(notices).toContainText(
    'impossible-years.bib: 3 papers have a year that cannot be a publication year: lines 2, 8, 13 — kept without a date',
  );
  await expect(longRows).not.toHaveAttribute('open');
  await expect(longRows.getByRole('listitem')).toHaveCount(0);

  // The group opens from the keyboard and lists each row by its line, file named once above.
  await longRows.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(longRows).toHaveAttribute('open');
  const rows = longRows.getByRole('listitem');
  await expect(rows).toHaveCount(55);
  await expect(rows.first()).toHaveText(
    'line 2: One cell more than the header (5, not 4); the last cell was dropped (later cells may be one column off).',
  );
  await expect(rows.last()).toContainText('line 56:');
  expect(await axeViolations(page)).toEqual([]);
  await notices.screenshot({ path: 'test-results/data-trust-problems.png' });
  await page.screenshot({ path: 'test-results/data-trust.png', fullPage: true });
  await page.keyboard.press('Enter');
  await expect(longRows).not.toHaveAttribute('open');
});

test('a GBK file names its file and line once; prose is refused as no known format', async ({
  page,
  watch,
}) => {
  void watch;
  await pick(page, ['bibtex/gbk-encoded.bib']);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('gbk-encoded.bib, line 1: not valid UTF-8');
  expect((await alert.textContent())!.split('gbk-encoded.bib')).toHaveLength(3); // "No paper … from X" + the problem
  await expect(status(page)).toHaveText('16 papers');

  // The panel stays open after a refusal, its paste box ready.
  await page
    .getByLabel('Or paste text')
    .fill(
      'I worked on galaxies, mostly, and on surveys.\nThis note, pasted by mistake, is not a list of papers.\n',
    );
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  await expect(alert).toContainText('pasted text, line 1: Not in any format this app reads: tried');
  await expect(alert).toContainText('BibTeX');
  await expect(alert).not.toContainText('No title column');
  await expect(status(page)).toHaveText('16 papers');
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/data-trust-refused.png', fullPage: true });
});
