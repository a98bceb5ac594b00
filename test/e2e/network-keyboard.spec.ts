/**
 * Item 10 of issue 19: the coauthor network is one tab stop — Tab enters it once and leaves it
 * once, on the bundled profile and on a 129-entry ADS bibliography — and inside it the arrow keys
 * walk the people by papers, announced in a live region (person, papers, coauthors); Enter
 * filters, Shift+Enter adds, Escape clears. The Table still lists everyone as buttons.
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, openBundled, status, test } from './fixtures';
import { realPath } from '../helpers/real-fixtures';

const network = (page: Page) => page.getByRole('figure', { name: 'Coauthor network' });
const inNetwork = (page: Page) =>
  page.evaluate(() => Boolean(document.activeElement?.closest('[data-view="network"] svg')));
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

/** Tab in from the control before the drawing, Tab out, Shift+Tab back in and out: one stop each way. */
async function expectOneTabStop(page: Page) {
  const net = network(page);
  await expect(net.locator('svg g.node').first()).toBeVisible();
  expect(await net.locator('svg [tabindex="0"]').count()).toBe(1);
  const before = net.getByRole('button', { name: 'Copy embed code' });
  await before.focus();
  await page.keyboard.press('Tab');
  expect(await inNetwork(page)).toBe(true);
  const stop = await focusedName(page);
  await page.keyboard.press('Tab');
  expect(await inNetwork(page)).toBe(false);
  await page.keyboard.press('Shift+Tab');
  expect(await inNetwork(page)).toBe(true);
  expect(await focusedName(page)).toBe(stop);
  await page.keyboard.press('Shift+Tab');
  await expect(before).toBeFocused();
}

/** Arrow keys move focus and announce; Home and End jump; Enter filters; Escape clears. */
async function expectWalk(page: Page, total: number) {
  const net = network(page);
  const people = await net.locator('svg g.node').count();
  const live = page.getByTestId('network-walk');
  await net.getByRole('button', { name: 'Copy embed code' }).focus();
  await page.keyboard.press('Tab');
  const first = (await focusedName(page))!;
  await page.keyboard.press('ArrowRight');
  const second = (await focusedName(page))!;
  expect(second).not.toBe(first);
  const [name, papers] = /^(.+), (\d+) papers?/.exec(second)!.slice(1);
  await expect(live).toHaveText(
    new RegExp(`^${name}: ${papers} papers?, \\d+ coauthors? \\(2 of ${people}\\)$`),
  );
  await expect(net.locator('.tip')).toContainText(name);
  await page.keyboard.press('End');
  await expect(live).toContainText(`(${people} of ${people})`);
  await page.keyboard.press('Home');
  await expect(live).toContainText(`(1 of ${people})`);
  expect(await focusedName(page)).toBe(first);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText(`Showing ${papers} of ${total} papers`);
  await expect(page.getByRole('button', { name: `Remove filter: Papers with ${name}` })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(status(page)).toHaveText(`${total} papers`);
}

test('the network is one tab stop with arrow keys inside (bundled profile)', async ({ page, watch }) => {
  void watch;
  await openBundled(page);
  await expectOneTabStop(page);
  await expectWalk(page, 16);
  await network(page).screenshot({ path: 'test-results/network-keyboard.png' });

  // The Table lists everyone as buttons.
  const people = await network(page).locator('svg g.node').count();
  await network(page).getByRole('button', { name: 'Table', exact: true }).click();
  expect(await network(page).locator('table tbody button').count()).toBe(people);
});

test('the network stays one tab stop after loading a 129-entry bibliography', async ({ page, watch }) => {
  void watch;
  await page.goto('/');
  await page.getByRole('button', { name: 'Load data…' }).click();
  await page.locator('input[type=file]').setInputFiles(realPath('bibtex_ads_astropy_v5_paper_129.bib'));
  await expect(page.getByText(/bibtex_ads_astropy_v5_paper_129\.bib: read as BibTeX/)).toBeVisible();
  await expect(status(page)).toHaveText(/^\d+ papers$/);
  const total = Number((await status(page).textContent())!.split(' ')[0]);
  // About 500 people: laid out in the worker, drawn once it answers.
  await expect(network(page).locator('.laying')).toHaveCount(0, { timeout: 60_000 });
  await expect.poll(() => network(page).locator('svg g.node').count()).toBeGreaterThan(400);
  await expectOneTabStop(page);
  await expectWalk(page, total);
});
