import { EMBED_VIEWS, SLIDE_VIEWS } from '../../src/lib/state/view-mode';
import { axeViolations, expect, status, test } from './fixtures';

test('an embed URL shows exactly one view, honours filters and theme, stays interactive', async ({
  page,
  watch,
}) => {
  void watch;
  await page.goto('/?embed=timeline&cat=astro-ph.GA&theme=dark');
  await expect(page.getByRole('figure')).toHaveCount(1);
  await expect(page.getByRole('figure', { name: 'Papers over time' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('[data-view="timeline"] [data-year="2024"]')).toHaveAttribute(
    'aria-label',
    '2024: 0 of 1 paper',
  );
  await page.locator('[data-view="timeline"] [data-year="2023"]').click();
  await expect(page).toHaveURL(/from=2023&to=2023/);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/embed-timeline-dark.png' });

  for (const view of EMBED_VIEWS.filter((v) => v !== 'timeline')) {
    await page.goto(`/?embed=${view}`);
    await expect(page.locator('[data-view]')).toHaveCount(1);
    await expect(page.locator(`[data-view="${view}"]`)).toBeVisible();
    if (view === 'papers') await expect(status(page)).toHaveText('16 papers');
    expect(await axeViolations(page)).toEqual([]);
  }
});

test('presentation: P enters, arrows and clicker keys move, slide= follows, Esc leaves', async ({
  page,
  watch,
}) => {
  void watch;
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?cat=astro-ph.GA');
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/present=1&slide=1/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mike Walmsley');
  await expect(page.getByText('7 of 16 papers, 2019–2026')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/slide-1.png' });
  const names = SLIDE_VIEWS;
  for (let i = 2; i <= names.length; i++) {
    await page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight');
    await expect(page).toHaveURL(new RegExp(`slide=${i}`));
    if (names[i - 1] !== 'highlights')
      await expect(page.locator(`[data-view="${names[i - 1]}"]`)).toBeVisible();
    // The slide's fade-in has ended: contrast is judged on the slide as it stays.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/slide-${i}.png` });
  }
  // Labels are large enough to read from the back of a room.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/slide=4/);
  const size = await page
    .locator('.node text')
    .first()
    .evaluate((t) => Number(t.getAttribute('font-size')));
  expect(size).toBeGreaterThanOrEqual(28);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/slide=2/);
  const tick = await page
    .locator('[data-view="timeline"] svg text')
    .first()
    .evaluate((t) => getComputedStyle(t).fontSize);
  expect(parseFloat(tick)).toBeGreaterThanOrEqual(28);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/present/);
  await expect(status(page)).toHaveText('Showing 7 of 16 papers');
});

test('?present=1&slide=3 opens that slide directly', async ({ page, watch }) => {
  void watch;
  await page.goto('/?present=1&slide=3&theme=dark');
  await expect(page.locator('[data-view="categories"]')).toBeVisible();
  await expect(page.getByText('3 / 10 · Categories')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('on a slide, arrows on a focused chart walk the chart, not the slides', async ({ page, watch }) => {
  void watch;
  await page.goto('/?present=1&slide=2');
  const year = page.locator('[data-view="timeline"] [data-year="2019"]');
  await year.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-view="timeline"] [data-year="2020"]')).toBeFocused();
  await expect(page).toHaveURL(/slide=2/);
  // Off the chart, the same key moves on.
  await page.evaluate(() => (document.activeElement as HTMLElement).blur());
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/slide=3/);
});
