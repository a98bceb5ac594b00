import { axeViolations, expect, status, test } from './fixtures';

const shot = (name: string) => `test-results/trends-${name}.png`;
const network = (page: import('@playwright/test').Page) =>
  page.getByRole('figure', { name: 'Coauthor network' });

test('the trend views render as figures with summaries, and pass axe', async ({ page, watch }) => {
  void watch;
  await page.goto('/');
  for (const name of ['Terms over time', 'Category trends', 'Collaboration over time', 'Code availability']) {
    await expect(page.getByRole('figure', { name })).toBeVisible();
  }
  const terms = page.getByRole('figure', { name: 'Terms over time' });
  await expect(terms).toContainText('galaxy (11 papers)');
  await expect(terms).toContainText(/fading: morphology/);
  await expect(page.getByRole('figure', { name: 'Code availability' })).toContainText(
    'Code linked for 1 of 16 papers (6%)',
  );
  for (const view of ['terms', 'category-trends', 'collaboration', 'code-availability']) {
    await page.locator(`[data-view="${view}"]`).screenshot({ path: shot(view) });
  }
  expect(await axeViolations(page)).toEqual([]);
});

test('clicking a term filters by it; the URL records it; Shift adds a second', async ({ page, watch }) => {
  void watch;
  await page.goto('/');
  await page.getByRole('button', { name: 'galaxy — 11 papers', exact: true }).click();
  await expect(page).toHaveURL(/[?&]term=galaxy$/);
  await expect(status(page)).toHaveText('Showing 11 of 16 papers');
  await expect(page.locator('.paper')).toHaveCount(11);
  const morphology = page.getByRole('button', { name: /^morphology — \d+ papers?$/ });
  await morphology.focus();
  await page.keyboard.down('Shift');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Shift');
  await expect(page).toHaveURL(/term=galaxy%2Cmorphology/);
  await expect(status(page)).toHaveText('Showing 5 of 16 papers');
  await page.locator('[data-view="terms"]').screenshot({ path: shot('terms-selected') });
  await page.reload();
  await expect(status(page)).toHaveText('Showing 5 of 16 papers');
  await expect(page.getByRole('button', { name: /^Remove filter: .*galaxy/ })).toBeVisible();
});

test('a term typed in any form in the URL filters the same way', async ({ page, watch }) => {
  void watch;
  await page.goto('/?term=Radio%20Galaxies');
  await expect(status(page)).toHaveText('Showing 3 of 16 papers');
  await expect(page.getByRole('button', { name: 'radio galaxy — 3 papers' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('network: colour by community, a legend entry filters to the community', async ({ page, watch }) => {
  void watch;
  await page.goto('/');
  await network(page).getByRole('combobox', { name: 'Colour by' }).selectOption('community');
  const first = network(page).getByRole('button', { name: /^Community 1: .* — 7 people, 7 papers$/ });
  await first.click();
  await expect(page).toHaveURL(/community=1/);
  await expect(status(page)).toHaveText('Showing 7 of 16 papers');
  await network(page).screenshot({ path: shot('network-community') });
  expect(await axeViolations(page)).toEqual([]);
  await first.click();
  await expect(status(page)).toHaveText('16 papers');
});

test('network: the year slider shows the network as of a year', async ({ page, watch }) => {
  void watch;
  await page.goto('/');
  const summary = network(page).locator('.summary');
  await expect(summary).toContainText('29 people');
  const slider = network(page).getByRole('slider', { name: 'Show the network as of a year' });
  await slider.fill('2019');
  await expect(summary).toContainText(/^\d+ people .* up to 2019\./);
  const early = Number((await summary.textContent())!.match(/^(\d+) people/)![1]);
  expect(early).toBeLessThan(29);
  await expect(network(page).locator('.node')).toHaveCount(early);
  await network(page).getByRole('combobox', { name: 'Colour by' }).selectOption('first-year');
  await slider.fill('2022');
  await network(page).screenshot({ path: shot('network-first-year') });
  await slider.fill('2026');
  await expect(summary).toContainText('29 people');
});

test('network: Play steps through the years', async ({ page, watch }) => {
  void watch;
  await page.goto('/');
  await network(page).getByRole('button', { name: '▶ Play' }).click();
  await expect(network(page).locator('output')).toHaveText('Up to 2020', { timeout: 5000 });
  await network(page).getByRole('button', { name: '❚❚ Pause' }).click();
  await expect(network(page).getByRole('button', { name: '▶ Play' })).toBeVisible();
});

test('with reduced motion, Play becomes a "Next year" step', async ({ page, watch }) => {
  void watch;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const next = network(page).getByRole('button', { name: 'Next year' });
  await next.click();
  await expect(network(page).locator('output')).toHaveText('Up to 2019');
  await next.click();
  await expect(network(page).locator('output')).toHaveText('Up to 2020');
});

test('collaboration years select the year; category trends toggle cross-lists', async ({ page, watch }) => {
  void watch;
  await page.goto('/');
  await page.getByRole('button', { name: /^2022: \d+ coauthors, \d+ new, \d+ returning$/ }).click();
  await expect(page).toHaveURL(/from=2022&to=2022/);
  await expect(status(page)).toHaveText('Showing 4 of 16 papers');
  const trends = page.getByRole('figure', { name: 'Category trends' });
  await trends.getByRole('button', { name: 'Cross-lists' }).click();
  await expect(trends.getByRole('button', { name: 'Cross-lists' })).toHaveAttribute('aria-pressed', 'true');
  await trends
    .getByRole('button', {
      name: /^astro-ph\.GA \(Astrophysics of Galaxies\): \d+% of listings over the years$/,
    })
    .click();
  await expect(page).toHaveURL(/cat=astro-ph\.GA/);
  await page.screenshot({ path: shot('page'), fullPage: true });
});

test('dark theme: the trend views stay readable and pass axe', async ({ page, watch }) => {
  void watch;
  await page.goto('/?theme=dark&term=galaxy');
  await expect(status(page)).toHaveText('Showing 11 of 16 papers');
  for (const view of ['terms', 'category-trends']) {
    await page.locator(`[data-view="${view}"]`).screenshot({ path: shot(`${view}-dark`) });
  }
  expect(await axeViolations(page)).toEqual([]);
});
