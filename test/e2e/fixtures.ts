import { readFileSync } from 'node:fs';
/**
 * Shared end-to-end fixtures: every test records console errors and every request, and fails on
 * an error or on a request that leaves the machine.
 */
import { test as base, expect, type Locator, type Page, type Route } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export interface Watch {
  errors: string[];
  offsite: string[];
  requests: string[];
  /** Outside URLs answered inside the test by `answerOffsite`: they never left the machine. */
  answered: Set<string>;
}

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page }, use) => {
    const watch: Watch = { errors: [], offsite: [], requests: [], answered: new Set() };
    page.on('console', (m) => {
      if (m.type() === 'error') watch.errors.push(m.text());
    });
    page.on('pageerror', (e) => watch.errors.push(String(e)));
    page.on('request', (r) => {
      const url = new URL(r.url());
      watch.requests.push(r.url());
      const local =
        ['127.0.0.1', 'localhost'].includes(url.hostname) ||
        ['data:', 'blob:', 'file:'].includes(url.protocol);
      if (!local) watch.offsite.push(r.url());
    });
    await use(watch);
    expect(watch.errors, 'console errors').toEqual([]);
    const left = watch.offsite.filter((u) => !watch.answered.has(u));
    expect(left, 'requests leaving the machine').toEqual([]);
  },
});

/**
 * Answers requests to an outside host from the test (`route.fulfill` or `route.abort` only, never
 * `continue`), so they count as not leaving the machine. Anything else still fails the test.
 */
export async function answerOffsite(
  page: Page,
  watch: Watch,
  url: string | RegExp,
  answer: (route: Route) => Promise<void>,
): Promise<void> {
  await page.route(url, async (route) => {
    watch.answered.add(route.request().url());
    await answer(route);
  });
}

export { expect };

/** Runs axe (WCAG 2.2 A/AA rules) and returns the violations, summarised for readable failures. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

export const status = (page: Page) => page.getByTestId('status');

/** Opens the dashboard on the bundled profile and waits until its 16 papers are listed. */
export async function openBundled(page: Page): Promise<void> {
  await page.goto('/');
  await expect(status(page)).toHaveText('16 papers');
}

/** Clicks "Save as Parquet" and returns the file the page offers. */
export async function saveParquet(page: Page): Promise<{ name: string; buffer: Buffer }> {
  const [d] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: 'Save as Parquet' }).click(),
  ]);
  return { name: d.suggestedFilename(), buffer: readFileSync((await d.path())!) };
}

/** `files` opened through the import panel's file picker. */
export async function pick(page: Page, files: Parameters<Locator['setInputFiles']>[0]): Promise<void> {
  await page.getByRole('button', { name: 'Load data…' }).click();
  await page.locator('input[type=file]').setInputFiles(files);
}

/** Back to the bundled profile, then `buffer` opened through the file picker as saved.parquet. */
export async function reopenParquet(page: Page, buffer: Buffer): Promise<void> {
  await page.getByRole('button', { name: 'Load data…' }).click();
  await page.getByRole('button', { name: 'Back to the bundled profile' }).click();
  await expect(status(page)).toHaveText('16 papers');
  await page.locator('input[type=file]').setInputFiles({
    name: 'saved.parquet',
    mimeType: 'application/vnd.apache.parquet',
    buffer,
  });
}
