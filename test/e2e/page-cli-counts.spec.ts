/**
 * The page and the CLI read files through one import: the page's status names the number of
 * papers the CLI's `summary` prints. And the owner shown is the collection's, not a stranger's.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { axeViolations, expect, status, test } from './fixtures';
import { realPath } from '../helpers/real-fixtures';

const root = fileURLToPath(new URL('../../', import.meta.url));
const own = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

function cliPapers(...files: string[]): number {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'summary', ...files], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout).papers as number;
}

/** The bundled profile with the import panel open. */
async function openImport(page: Page): Promise<void> {
  await page.goto('/');
  await expect(status(page)).toHaveText('16 papers');
  await page.getByRole('button', { name: 'Load data…' }).click();
}

const shared = [
  'orcid_v3_works_0000-0003-1444-9135.json',
  'bibtex_ads_astropy_v5_paper_129.bib',
  's2_author_with_papers_turing.json',
];

for (const name of shared) {
  test(`the page's status counts ${name} as the CLI's summary does`, async ({ page, watch }) => {
    void watch;
    const n = cliPapers(realPath(name));
    await openImport(page);
    await page.locator('input[type=file]').setInputFiles(realPath(name));
    await expect(page.getByText(`${name}: read as`)).toBeVisible();
    await expect(status(page)).toHaveText(`${n} papers`);
  });
}

test('an author profile loaded with works that are not theirs is labelled and said, not put over them', async ({
  page,
  watch,
}) => {
  void watch;
  const files = [own('openalex/author-jane-doe.json'), realPath('openalex_works_list_50_cursor.json')];
  const n = cliPapers(...files);
  await openImport(page);
  await page.locator('input[type=file]').setInputFiles(files);
  await expect(status(page)).toHaveText(`${n} papers`);
  await expect(
    page.getByText(
      'author-jane-doe.json: read as OpenAlex JSON: 0 records, 0 papers; the profile of Jane Doe',
    ),
  ).toBeVisible();
  const header = page.getByRole('banner', { name: 'Profile' });
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Jane Doe');
  await expect(header.getByRole('note')).toHaveText(
    'The profile’s metrics describe Jane Doe; 49 of the 50 loaded papers do not list Jane Doe among their authors.',
  );
  const metrics = header.getByRole('region', { name: 'Metrics from the OpenAlex author profile · Jane Doe' });
  await expect(metrics).toContainText('h-index');
  // The owner is the collection's to pick again: the menu is offered.
  await expect(header.getByLabel('Owner')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await header.screenshot({ path: 'test-results/profile-mismatch.png' });
});

test('two pasted entries first-authored by one person make that person the owner', async ({
  page,
  watch,
}) => {
  void watch;
  await openImport(page);
  await page
    .getByLabel('Or paste text')
    .fill(readFileSync(own('bibtex/two-entries-one-first-author.bib'), 'utf8'));
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  await expect(status(page)).toHaveText('2 papers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maria Garcia');
});
