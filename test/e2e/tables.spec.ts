import { axeViolations, expect, test } from './fixtures';

test('every chart’s Table opens as a region the keyboard can scroll, and the page passes axe', async ({
  page,
  watch,
}) => {
  void watch;
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto('/');
  await expect(page.locator('[data-view="terms"] .chart-body')).toBeVisible();
  const toggles = page.getByRole('button', { name: 'Table', exact: true });
  const n = await toggles.count();
  expect(n).toBeGreaterThanOrEqual(7);
  for (let i = 0; i < n; i++) await toggles.nth(i).click();
  const regions = page.getByRole('region', { name: /: table$/ });
  await expect(regions).toHaveCount(n);
  for (let i = 0; i < n; i++) await expect(regions.nth(i)).toHaveAttribute('tabindex', '0');
  expect(await axeViolations(page)).toEqual([]);
});
