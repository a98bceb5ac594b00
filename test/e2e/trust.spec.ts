import { axeViolations, expect, status, test } from './fixtures';

const hostileCsv = [
  'Title,Authors,Year,Abstract,URL',
  '"<img src=x onerror=alert(1)>","<script>alert(2)</script>; Jane Doe",2020,"$\\sim 9000$ <b>bold</b> <svg onload=alert(3)>","javascript:alert(4)"',
  '"Second paper",Jane Doe,2021,"fine",https://example.org/paper',
].join('\n');

test('markup in a loaded file stays text everywhere; no dialog, no script, no javascript: link', async ({
  page,
  watch,
}) => {
  void watch;
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Load data…' }).click();
  await page.getByLabel('Or paste text').fill(hostileCsv);
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  await expect(status(page)).toHaveText('2 papers');
  await expect(page.getByText('<img src=x onerror=alert(1)>', { exact: true })).toBeVisible();
  await expect(
    page
      .locator('.paper')
      .getByText(/<script>alert\(2\)<\/script>/)
      .first(),
  ).toBeVisible();
  // The owner menu lists the name as an option's text, not markup.
  await expect(
    page.getByRole('combobox', { name: 'Owner' }).locator('option', { hasText: '<script>alert(2)</script>' }),
  ).toHaveCount(1);
  expect(await page.locator('img[src=x], script:not([src]), .paper svg[onload]').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  // The hostile name is a node in the network, named literally.
  await expect(page.getByRole('button', { name: /<script>alert\(2\)<\/script>/ }).first()).toBeAttached();
  await page
    .getByRole('button', { name: /<script>alert\(2\)<\/script>/ })
    .first()
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Active filters' })).toContainText(
    '<script>alert(2)</script>',
  );
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/trust-hostile.png', fullPage: true });
  // A broken file after it: the error shows and the previous data stays.
  await page.getByRole('button', { name: 'Load data…' }).click();
  await page.getByLabel('Or paste text').fill('@article{broken,\n  title = {Unclosed\n');
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  await expect(page.getByRole('alert')).toContainText('Your current data is unchanged.');
  await expect(status(page)).toHaveText(/of 2 papers|^2 papers/);
  expect(dialogs).toBe(0);
});

test('the built page carries a strict Content-Security-Policy', async ({ page, watch }) => {
  void watch;
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(await page.locator('[onclick], [onload], [onerror]').count()).toBe(0);
});

test('the shortcut list opens with ? and closes with Escape; a skip link leads to the dashboard', async ({
  page,
  watch,
}) => {
  void watch;
  await page.goto('/');
  // The list and its "?" key come with the button, just after the first paint.
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts (?)' })).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('usable on a 375 px wide phone and at 200% zoom, in both themes', async ({ page, watch }) => {
  void watch;
  await page.setViewportSize({ width: 375, height: 800 });
  for (const theme of ['light', 'dark']) {
    await page.goto(`/?theme=${theme}`);
    await expect(status(page)).toHaveText('16 papers');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/phone-${theme}.png`, fullPage: true });
  }
  // 200% zoom of a 1280 px window is a 640 px wide layout at twice the size.
  await page.setViewportSize({ width: 640, height: 500 });
  await page.goto('/');
  await page.evaluate(() => (document.documentElement.style.fontSize = '32px'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
