import { axeViolations, expect, status, test } from './fixtures';

const shot = (name: string) => ({ path: `test-results/linked-${name}.png`, fullPage: true });

test('?cat=astro-ph.GA filters every view; reload keeps it', async ({ page, watch }) => {
  void watch;
  await page.goto('/?cat=astro-ph.GA');
  await expect(status(page)).toHaveText('Showing 7 of 16 papers');
  await expect(page.locator('.paper')).toHaveCount(7);
  await expect(
    page.getByRole('button', { name: /^astro-ph\.GA — Astrophysics of Galaxies, 7 papers/ }),
  ).toHaveAttribute('aria-pressed', 'true');
  // The timeline is filtered by the category: 2019 has one GA paper, 2024 none.
  await expect(page.locator('[data-view="timeline"] [data-year="2024"]')).toHaveAttribute(
    'aria-label',
    '2024: 0 of 1 paper',
  );
  await page.reload();
  await expect(status(page)).toHaveText('Showing 7 of 16 papers');
  expect(await axeViolations(page)).toEqual([]);
});

test('clicking a category filters list, network and timeline; URL records it; Back removes it', async ({
  page,
  watch,
}) => {
  void watch;
  await page.goto('/');
  const ga = page.getByRole('button', { name: /^astro-ph\.GA — Astrophysics of Galaxies/ });
  await ga.click();
  await expect(status(page)).toHaveText('Showing 7 of 16 papers');
  await expect(page).toHaveURL(/\?cat=astro-ph\.GA$/);
  await expect(page.getByRole('figure', { name: 'Coauthor network' })).toContainText('in 7 papers');
  await expect(page.getByRole('button', { name: /^Remove filter: Categories: astro-ph\.GA/ })).toBeVisible();
  await page.screenshot(shot('category'));
  await page.reload();
  await expect(status(page)).toHaveText('Showing 7 of 16 papers');
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(status(page)).toHaveText('16 papers');
  await page.goForward();
  await expect(status(page)).toHaveText('Showing 7 of 16 papers');
});

test('Shift-click adds a second category; the chip removes it; Reset clears all', async ({ page, watch }) => {
  void watch;
  await page.goto('/');
  await page.getByRole('button', { name: /^astro-ph\.GA —/ }).click();
  await page.getByRole('button', { name: /^cs\.CV —/ }).click({ modifiers: ['Shift'] });
  await expect(status(page)).toHaveText('Showing 9 of 16 papers');
  await expect(page).toHaveURL(/cat=astro-ph\.GA%2Ccs\.CV/);
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(status(page)).toHaveText('16 papers');
});

test('brushing years with the pointer selects a range', async ({ page, watch }) => {
  void watch;
  await page.goto('/');
  const from = page.locator('[data-view="timeline"] [data-year="2021"]');
  const to = page.locator('[data-view="timeline"] [data-year="2023"]');
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width, a.y + a.height / 2, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=2021&to=2023/);
  await expect(status(page)).toHaveText('Showing 9 of 16 papers');
  // The categories view follows: astro-ph.GA has 5 of its 7 papers in 2021–2023.
  await expect(
    page.getByRole('button', { name: /^astro-ph\.GA — Astrophysics of Galaxies, 5 of 7 papers/ }),
  ).toBeVisible();
  await page.screenshot(shot('brush'));
});

test('clicking a coauthor filters to their papers', async ({ page, watch }) => {
  void watch;
  await page.goto('/');
  await page.getByRole('button', { name: 'Anna M. M. Scaife, 5 papers' }).click();
  await expect(status(page)).toHaveText('Showing 5 of 16 papers');
  await expect(page).toHaveURL(/author=Anna\+M\.\+M\.\+Scaife/);
  await page.screenshot(shot('coauthor'));
  await page.reload();
  await expect(status(page)).toHaveText('Showing 5 of 16 papers');
});

test('keyboard only: category by Enter, years by arrows, person by Enter', async ({ page, watch }) => {
  void watch;
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the dashboard' })).toBeFocused();
  const ga = page.getByRole('button', { name: /^astro-ph\.GA —/ });
  await ga.focus();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('Showing 7 of 16 papers');
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('16 papers');

  await page.locator('[data-view="timeline"] [data-year="2019"]').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-view="timeline"] [data-year="2021"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page).toHaveURL(/from=2021&to=2022/);
  await expect(status(page)).toHaveText('Showing 7 of 16 papers');
  await page.keyboard.press('Escape');
  await expect(status(page)).toHaveText('16 papers');

  await page.getByRole('button', { name: 'Micah Bowles, 3 papers' }).focus();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('Showing 3 of 16 papers');
  await page.screenshot(shot('keyboard'));
});

test('search narrows the list and lands in the URL', async ({ page, watch }) => {
  void watch;
  await page.goto('/');
  await page.getByRole('searchbox').fill('radio');
  await expect(page).toHaveURL(/q=radio/);
  await expect(status(page)).toHaveText(/Showing \d+ of 16 papers/);
  const n = await page.locator('.paper').count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(16);
  // Enter searches at once, without waiting for the typing pause.
  await page.getByRole('searchbox').fill('galaxy');
  await page.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/q=galaxy/);
  await expect(status(page)).toHaveText(/Showing \d+ of 16 papers/);
});

test('malformed URL parameters are ignored with a visible notice', async ({ page, watch }) => {
  void watch;
  await page.goto('/?from=abc&cat=nope.XX&zoom=2');
  await expect(status(page)).toHaveText('16 papers');
  await expect(page.getByText('Ignored unknown URL parameter “zoom”.')).toBeVisible();
  await expect(page.getByText(/Ignored “from=abc”/)).toBeVisible();
  await expect(page.getByText(/Ignored category “nope.XX”/)).toBeVisible();
});

test('time from a click to all views updated (bundled data)', async ({ page, watch }) => {
  void watch;
  await page.goto('/');
  const ms = await page.evaluate(async () => {
    const times: number[] = [];
    const button = [...document.querySelectorAll<HTMLButtonElement>('.hit')][0];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      button.click();
      // The slower views catch up after the first paint; the terms view waits for its worker.
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      await frame();
      while (document.querySelector('[data-view][aria-busy="true"]')) await frame();
      await frame();
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[5];
  });
  console.log(`click → all views updated, median of 10: ${ms.toFixed(1)} ms`);
  expect(ms).toBeGreaterThan(0);
});

test('alias edits merge or split people in every view and survive a reload', async ({ page, watch }) => {
  void watch;
  await page.goto('/');
  const network = page.getByRole('figure', { name: 'Coauthor network' });
  await expect(network).toContainText('29 people');
  await page.getByText(/^Name merging:/).click();
  await expect(
    page.getByText('Inigo Val Slijepcevic: Inigo V. Slijepcevic; Inigo Val Slijepcevic'),
  ).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('Inigo V. Slijepcevic');
  await page.getByLabel('and name').fill('Inigo Val Slijepcevic');
  await page.getByRole('button', { name: 'Different people' }).click();
  await expect(network).toContainText('30 people');
  await page.reload();
  await expect(page.getByRole('figure', { name: 'Coauthor network' })).toContainText('30 people');
  await page.getByText(/^Name merging:/).click();
  await page
    .getByRole('button', { name: 'Remove rule Inigo V. Slijepcevic and Inigo Val Slijepcevic' })
    .click();
  await expect(page.getByRole('figure', { name: 'Coauthor network' })).toContainText('29 people');
});

test('"Copy embed code" gives an iframe for the view with the current filters', async ({
  page,
  context,
  watch,
}) => {
  void watch;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?cat=astro-ph.GA');
  await page
    .getByRole('figure', { name: 'Coauthor network' })
    .getByRole('button', { name: 'Copy embed code' })
    .click();
  await expect(page.getByText('Embed code copied.')).toBeVisible();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toMatch(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?cat=astro-ph\.GA&amp;embed=network" title="Coauthor network"/,
  );
});
