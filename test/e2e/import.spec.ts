import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, expect, pick, status, test } from './fixtures';
import { realPath } from '../helpers/real-fixtures';

const real = realPath;

test('a BibTeX file from the picker replaces the collection; every view follows; reload keeps it', async ({
  page,
  watch,
}) => {
  void watch;
  await page.goto('/');
  await expect(status(page)).toHaveText('16 papers');
  await pick(page, real('ads_export_bibtex_24_mixed_doctypes.bib'));
  await expect(
    page.getByText(/ads_export_bibtex_24_mixed_doctypes\.bib: read as BibTeX: 24 records/),
  ).toBeVisible();
  await expect(status(page)).toHaveText(/^\d+ papers$/);
  const n = Number((await status(page).textContent())!.split(' ')[0]);
  expect(n).toBeGreaterThan(15);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Mike Walmsley');
  await expect(page.getByRole('figure', { name: 'Coauthor network' })).toContainText(`in ${n} papers`);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/import-bibtex.png', fullPage: true });
  await page.reload();
  await expect(status(page)).toHaveText(`${n} papers`);
  await page.getByRole('button', { name: 'Load data…' }).click();
  await page.getByRole('button', { name: 'Back to the bundled profile' }).click();
  await expect(status(page)).toHaveText('16 papers');
  await page.reload();
  await expect(status(page)).toHaveText('16 papers');
});

/** The kept collection's keys in IndexedDB, in order. */
const storedKeys = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('research-trends-dashboard', 1);
        open.onsuccess = () => {
          const keys = open.result.transaction('collection').objectStore('collection').getAllKeys();
          keys.onsuccess = () => (open.result.close(), resolve(keys.result as string[]));
        };
      }),
  );

test('a collection kept by an earlier version (parts without a generation) opens; the next save replaces it whole', async ({
  page,
  watch,
}) => {
  void watch;
  await page.goto('/');
  await pick(page, real('ads_export_bibtex_24_mixed_doctypes.bib'));
  await expect(
    page.getByText(/ads_export_bibtex_24_mixed_doctypes\.bib: read as BibTeX: 24 records/),
  ).toBeVisible();
  await expect(status(page)).not.toHaveText('16 papers');
  const n = (await status(page).textContent())!;
  await expect
    .poll(() => storedKeys(page))
    .toEqual(['current', expect.stringMatching(/^current\/g\w+\/000000$/)]);
  // Rewritten as the version before generations kept it: the head, then `current/000000`.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('research-trends-dashboard', 1);
        open.onsuccess = () => {
          const store = open.result.transaction('collection', 'readwrite').objectStore('collection');
          const all = store.getAll();
          all.onsuccess = () => {
            const [head, part] = all.result as [{ generation?: string }, unknown];
            delete head.generation;
            store.clear();
            store.put(head, 'current');
            store.put(part, 'current/000000');
            store.transaction.oncomplete = () => (open.result.close(), resolve());
          };
        };
      }),
  );
  await page.reload();
  await expect(status(page)).toHaveText(n);
  await pick(page, real('bibtex_ads_astropy_v5_paper_129.bib'));
  await expect(page.getByText(/bibtex_ads_astropy_v5_paper_129\.bib: read as BibTeX/)).toBeVisible();
  await expect(status(page)).not.toHaveText(n);
  await expect
    .poll(() => storedKeys(page))
    .toEqual(['current', expect.stringMatching(/^current\/g\w+\/000000$/)]);
});

test('dropping a broken file shows located errors and keeps the current data', async ({ page, watch }) => {
  void watch;
  await page.goto('/?cat=astro-ph.GA');
  await expect(status(page)).toHaveText('Showing 7 of 16 papers');
  const text = readFileSync(real('bibtex_malformed_syntax_errors_bibtextidy.bib'), 'utf8');
  const dataTransfer = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'broken.bib', { type: 'text/plain' }));
    return dt;
  }, text);
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'No paper could be read from broken.bib. Your current data is unchanged.',
  );
  await expect(alert).toContainText(/broken\.bib, line \d+/);
  await expect(status(page)).toHaveText('Showing 7 of 16 papers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mike Walmsley');
  await page.screenshot({ path: 'test-results/import-broken.png', fullPage: true });
});

test('pasted text and several files merge into one collection', async ({ page, watch }) => {
  void watch;
  await page.goto('/');
  await pick(page, [
    real('arxiv_atom_search_testing_100.xml'),
    real('csljson_crossref_deep_review_36_authors.json'),
  ]);
  await expect(
    page.getByText(/arxiv_atom_search_testing_100\.xml: read as arXiv API Atom: 100 records/),
  ).toBeVisible();
  await expect(
    page.getByText(/csljson_crossref_deep_review_36_authors\.json: read as CSL-JSON: 1 record/),
  ).toBeVisible();
  await expect(status(page)).toHaveText('101 papers');
  // Long lists draw only the rows in view; scrolling to the end draws the last one.
  expect(await page.locator('.paper').count()).toBeLessThan(101);
  const list = page.getByRole('region', { name: 'Paper list, 101 papers' });
  await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(list.locator('.paper[aria-posinset="101"]')).toBeVisible();
});

test('?data= loads a same-origin file', async ({ page, watch }) => {
  void watch;
  await page.route(
    (url) => url.pathname === '/lab-list.bib',
    (route) =>
      route.fulfill({
        body: readFileSync(real('ads_export_bibtex_24_mixed_doctypes.bib')),
        contentType: 'text/plain',
      }),
  );
  await page.goto('/?data=/lab-list.bib');
  await expect(page.getByText(/lab-list\.bib: read as BibTeX: 24 records/)).toBeVisible();
});

test('a list that is nobody’s profile is a group collection, and an owner can be picked', async ({
  page,
  watch,
}) => {
  void watch;
  await page.goto('/');
  await pick(page, real('ads_export_bibtex_24_mixed_doctypes.bib'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group collection');
  const owner = page.getByRole('combobox', { name: 'Owner' });
  const first = (await owner.locator('option').nth(1).textContent())!;
  await owner.selectOption(first);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first);
  await expect(
    page.getByRole('figure', { name: 'Coauthor network' }).getByRole('button', {
      name: new RegExp(`^${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},.*profile owner`),
    }),
  ).toBeAttached();
  await owner.selectOption('');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group collection');
  expect(await axeViolations(page)).toEqual([]);
});
