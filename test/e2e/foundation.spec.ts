import { axeViolations, expect, status, test } from './fixtures';

test('opens on the bundled profile with header, metrics and the paper count', async ({ page, watch }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mike Walmsley');
  const metrics = page.getByRole('banner', { name: 'Profile' }).locator('.metric');
  await expect(metrics).toHaveText([
    'h-index 41',
    'Papers 16',
    'Citations 360',
    'Novelty 37%',
    'AI Score 41',
  ]);
  await expect(status(page)).toHaveText('16 papers');
  await expect(page.locator('.paper')).toHaveCount(16);
  await expect(page.getByText('2019–2026')).toBeVisible();
  // The undated "Feb 20" paper is marked as having an inferred year.
  await expect(
    page.locator('.paper', { hasText: 'Spatio-Spectroscopic' }).getByText('(year inferred)'),
  ).toBeAttached();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'docs/screenshots/dashboard.png', fullPage: true });
  expect(watch.requests.length).toBeGreaterThan(0);
});

test('dark theme has no accessibility violations either', async ({ page, watch }) => {
  void watch;
  await page.goto('/?theme=dark');
  await expect(status(page)).toHaveText('16 papers');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/dashboard-dark.png', fullPage: true });
});
