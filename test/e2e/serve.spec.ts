/**
 * The dashboard served by `npm run serve` (DuckDB): the built page asks the server its questions
 * and shows the server's collection, filters it (by a cited year too), keeps the filter in the
 * address, and says so when the server stops answering without losing what it shows.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { realPath } from '../helpers/real-fixtures';
import { axeViolations, expect, status, test } from './fixtures';

const FILE = realPath('arxiv_atom_search_testing_100.xml');

interface Served {
  child: ChildProcess;
  url: string;
}

function serve(file = FILE): Promise<Served> {
  const child = spawn('node_modules/.bin/tsx', [
    'src/server/serve.ts',
    file,
    '--port',
    '0',
    '--as-of',
    '2026-11-26',
  ]);
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d;
      const url = /Serving \d+ papers at (\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

async function ask<T>(url: string, question: unknown): Promise<T> {
  const r = await fetch(`${url}api/ask`, { method: 'POST', body: JSON.stringify(question) });
  return (await r.json()) as T;
}

test.describe.configure({ timeout: 180_000 });

test('the served page shows the server collection, filters it there, and says when the server is gone', async ({
  page,
  watch,
}) => {
  const { child, url } = await serve();
  try {
    const info = (await (await fetch(`${url}api/info`)).json()) as {
      size: number;
      categories: { id: string; count: number }[];
    };
    expect(info.size).toBeGreaterThan(16);
    await page.goto(url);
    await expect(status(page)).toHaveText(`${info.size} papers`);
    await expect(page.getByText(/Answered by the server this page came from/)).toBeVisible();

    // A category the server counts: the page shows the server's number.
    const top = info.categories[0];
    const counted = await ask<{ papers: number }>(url, {
      kind: 'counts',
      filter: [{ source: 'categories', value: { kind: 'category', ids: [top.id] } }],
      period: 'year',
      categories: 'primary',
    });
    await page.getByRole('button', { name: new RegExp(`^${top.id.replace('.', '\\.')} —`) }).click();
    await expect(status(page)).toHaveText(`Showing ${counted.papers} of ${info.size} papers`);
    await expect(page).toHaveURL(new RegExp(`cat=${top.id.replace('.', '\\.')}`));
    // The list's count and the selection export's are one question, both answered.
    await expect(page.getByText(`Export selection (${counted.papers} papers)`)).toBeVisible();
    await page.reload();
    await expect(status(page)).toHaveText(`Showing ${counted.papers} of ${info.size} papers`);
    expect(watch.requests.some((r) => r.endsWith('/api/ask'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/serve-dashboard.png', fullPage: true });

    // Export everything: the server's whole collection, in the app's own JSON.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export everything' }).click(),
    ]);
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as { papers: unknown[] };
    expect(saved.papers).toHaveLength(info.size);

    // The server stops: the next question fails after its retries, the page says so and keeps
    // what it shows.
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('The server did not answer', { timeout: 60_000 });
    await expect(page.locator('.paper').first()).toBeVisible();
    // The page's requests to its stopped server fail: those console errors are expected here.
    watch.errors.splice(0);
  } finally {
    child.kill('SIGTERM');
  }
});

test('a served OpenAlex list as the page shows it: grouped by type, and its citations counted', async ({
  page,
  watch,
}) => {
  void watch;
  const { child, url } = await serve(realPath('openalex_works_list_50_cursor.json'));
  try {
    await page.goto(`${url}?group=type`);
    await expect(status(page)).toHaveText('50 papers');
    const categories = page.getByRole('figure', { name: 'Categories' });
    await expect(categories).toContainText(
      '4 of 4 types in the selection; most papers in Journal article (34).',
    );
    const timeline = page.getByRole('figure', { name: 'Papers over time' });
    // The stacks take the types' colours (not the grey of a group without one).
    await expect(
      timeline.locator('.legend, figcaption, ul').getByText('Journal article').first(),
    ).toBeVisible();
    const fills = await timeline
      .locator('svg rect[fill]')
      .evaluateAll((rects) => [...new Set(rects.map((r) => r.getAttribute('fill')))]);
    expect(fills.length).toBeGreaterThanOrEqual(4);

    // Citations: the numbers test/e2e/citations.spec.ts reads when the page holds the same file,
    // and a cited year filters on the server.
    const citations = page.getByRole('figure', { name: 'Citations' });
    await expect(citations).toContainText(
      '6,985 citations to 50 papers; h-index 37, i10 50; most received in 2012 (394).',
    );
    const year = citations.locator('[data-year="2018"]');
    await expect(year).toHaveAttribute('aria-label', /^2018: 294 citations received; h-index 35/);
    await year.click();
    await expect(page).toHaveURL(/cited=2018/);
    await expect(status(page)).toHaveText('Showing 41 of 50 papers');
    await year.click();
    await expect(status(page)).toHaveText('50 papers');

    await categories.getByRole('button', { name: /^Book/ }).first().click();
    await expect(status(page)).toHaveText('Showing 12 of 50 papers');
    await expect(page).toHaveURL(/type=/);
    await expect(page.getByText('The server did not answer')).toHaveCount(0);
  } finally {
    child.kill();
  }
});
