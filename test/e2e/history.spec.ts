/**
 * Item 11 of issue 19: a drag across the timeline is one history entry. The address follows the
 * brush as it grows (each year crossed is written), but Back after the drag returns to no filter.
 */
import { expect, openBundled, status, test } from './fixtures';

test('brushing 2020→2025 with the mouse adds one history entry; one Back clears it', async ({
  page,
  watch,
}) => {
  void watch;
  await openBundled(page);
  const start = await page.evaluate(() => history.length);
  const year = (y: number) => page.locator(`[data-view="timeline"] [data-year="${y}"]`);
  const centre = async (y: number) => {
    const box = (await year(y).boundingBox())!;
    return [box.x + box.width / 2, box.y + box.height / 2] as const;
  };
  await page.mouse.move(...(await centre(2020)));
  await page.mouse.down();
  for (let y = 2021; y <= 2025; y++) {
    await page.mouse.move(...(await centre(y)), { steps: 4 });
    // Each year crossed reaches the address before the next.
    await expect(page).toHaveURL(new RegExp(`from=2020&to=${y}$`));
  }
  await page.mouse.up();
  await expect(page).toHaveURL(/\?from=2020&to=2025$/);
  expect(await page.evaluate(() => history.length)).toBe(start + 1);
  await expect(status(page)).not.toHaveText('16 papers');

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(status(page)).toHaveText('16 papers');
  await expect(page.getByRole('button', { name: /^Remove filter/ })).toHaveCount(0);
});
