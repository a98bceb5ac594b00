/**
 * Every slide and every embed fits the screen or frame it is shown in: nothing scrolls (the paper
 * list's own box aside) and every chart, with its labels, lies inside the viewport and its card.
 * A phone-wide dashboard keeps its labels apart and inside their drawings.
 */
import type { Page } from '@playwright/test';
import { EMBED_VIEWS, SLIDE_VIEWS } from '../../src/lib/state/view-mode';
import { expect, test } from './fixtures';

/** What does not fit, in words: an empty list when everything does. */
function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const [vw, vh] = [innerWidth, innerHeight];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 24)}" in ${
        el.closest('[data-view]')?.getAttribute('data-view') ?? 'page'
      }`;
    const doc = document.documentElement;
    if (doc.scrollWidth > vw || doc.scrollHeight > vh)
      out.push(`the page scrolls: ${doc.scrollWidth}×${doc.scrollHeight} in ${vw}×${vh}`);
    const list = document.querySelector('[data-view="papers"] .viewport');
    for (const el of document.querySelectorAll('body *')) {
      if (el === list) continue;
      const s = getComputedStyle(el);
      const scrolling = /auto|scroll/.test(`${s.overflowX} ${s.overflowY}`);
      if (scrolling && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1))
        out.push(
          `${name(el)} scrolls: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`,
        );
    }
    const inside = (r: DOMRect, box: { left: number; top: number; right: number; bottom: number }) =>
      r.left >= box.left - 0.5 &&
      r.top >= box.top - 0.5 &&
      r.right <= box.right + 0.5 &&
      r.bottom <= box.bottom + 0.5;
    const screen = { left: 0, top: 0, right: vw, bottom: vh };
    const drawn = document.querySelectorAll(
      'figure svg, figure canvas, figure svg text, .summary-slide *, .highlights *',
    );
    for (const el of drawn) {
      const r = el.getBoundingClientRect();
      if (!el.checkVisibility() || (r.width === 0 && r.height === 0)) continue;
      const card = el.closest('figure')?.getBoundingClientRect() ?? screen;
      if (!inside(r, screen) || !inside(r, card))
        out.push(`${name(el)} at ${[r.left, r.top, r.right, r.bottom].map(Math.round)} is outside`);
    }
    return out;
  });
}

/** Waits until a view has drawn and caught up with its data. */
async function drawn(page: Page, view: string) {
  if (view === 'summary' || view === 'highlights') {
    await expect(page.locator(view === 'summary' ? '.summary-slide' : '.highlights')).toBeVisible();
    return;
  }
  const root = page.locator(`[data-view="${view}"]`);
  await expect(root).toBeVisible();
  await expect(root).not.toHaveAttribute('aria-busy', 'true');
  if (view === 'papers') await expect(root.locator('.paper').first()).toBeVisible();
  // The bundled profile has no citations per paper: the view says so in place of a chart.
  else if (view === 'citations') await expect(root.getByRole('note')).toBeVisible();
  else await expect(root.locator('svg, canvas').first()).toBeVisible();
  if (view === 'terms') await expect(root.getByRole('button', { name: /^galaxy —/ })).toHaveCount(1);
}

async function expectFits(page: Page, what: string) {
  await expect.poll(() => misfits(page), { message: what }).toEqual([]);
}

for (const [width, height] of [
  [1920, 1080],
  [1440, 900],
  [1280, 720],
]) {
  test(`every slide fits a ${width}×${height} screen`, async ({ page, watch }) => {
    void watch;
    await page.setViewportSize({ width, height });
    await page.goto('/?present=1&slide=1');
    for (const [i, view] of SLIDE_VIEWS.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(new RegExp(`slide=${i + 1}`));
      await drawn(page, view);
      await expectFits(page, `slide ${view} at ${width}×${height}`);
      if (width === 1280)
        await page.screenshot({ path: `test-results/fit/slide-${i + 1}-${view}-1280x720.png` });
    }
  });
}

for (const [width, height] of [
  [800, 450],
  [400, 300],
]) {
  test(`every embed fills a ${width}×${height} frame`, async ({ page, watch }) => {
    void watch;
    await page.setViewportSize({ width, height });
    for (const view of EMBED_VIEWS) {
      await page.goto(`/?embed=${view}`);
      await drawn(page, view);
      await expectFits(page, `embed ${view} at ${width}×${height}`);
      await page.screenshot({ path: `test-results/fit/embed-${view}-${width}x${height}.png` });
    }
  });
}

test('the smallest frame, 320×200, still holds a whole chart', async ({ page, watch }) => {
  void watch;
  await page.setViewportSize({ width: 320, height: 200 });
  for (const view of ['timeline', 'network']) {
    await page.goto(`/?embed=${view}`);
    await drawn(page, view);
    await expectFits(page, `embed ${view} at 320×200`);
    await page.screenshot({ path: `test-results/fit/embed-${view}-320x200.png` });
  }
  // Its title and Table/Export stay; the summary is still read out.
  await expect(page.getByRole('button', { name: 'Table' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Coauthor network' })).toContainText('29 people');
});

test('a phone-wide dashboard keeps labels apart and inside their drawings', async ({ page, watch }) => {
  void watch;
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/');
  const timeline = page.locator('[data-view="timeline"]');
  await expect(timeline.locator('svg').first()).toBeVisible();
  const ticks = await timeline
    .locator('[aria-label="x-axis tick label"] text')
    .evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect()).map((r) => [r.left, r.right]));
  expect(ticks.length).toBeGreaterThanOrEqual(3);
  for (let i = 1; i < ticks.length; i++) expect(ticks[i][0], `tick ${i}`).toBeGreaterThan(ticks[i - 1][1]);

  const categories = page.locator('[data-view="categories"]');
  const card = await categories.boundingBox();
  const labels = await categories
    .locator('svg text')
    .evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect()).map((r) => [r.left, r.right]));
  expect(labels.length).toBeGreaterThan(7);
  for (const [left, right] of labels) {
    expect(left).toBeGreaterThanOrEqual(card!.x);
    expect(right).toBeLessThanOrEqual(card!.x + card!.width);
  }
  // A name cut short is written out in full while its row has the focus.
  const cut = categories.getByRole('button', { name: /^astro-ph\.IM — Instrumentation and Methods/ });
  await expect(categories.locator('svg text', { hasText: '…' }).first()).toBeVisible();
  await cut.focus();
  await expect(cut.locator('.full')).toBeVisible();
  await expect(cut.locator('.full')).toHaveText('astro-ph.IM — Instrumentation and Methods for Astrophysics');
  await expect(cut).toHaveAttribute('title', /Instrumentation and Methods for Astrophysics/);

  const network = page.locator('[data-view="network"] .net svg');
  await expect(network.locator('.node text').first()).toBeVisible();
  const drawing = await network.boundingBox();
  const names = await network
    .locator('.node text')
    .evaluateAll((ts) =>
      ts.map((t) => t.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom]),
    );
  expect(names.length).toBeGreaterThan(5);
  for (const [left, top, right, bottom] of names) {
    expect(left).toBeGreaterThanOrEqual(drawing!.x);
    expect(top).toBeGreaterThanOrEqual(drawing!.y);
    expect(right).toBeLessThanOrEqual(drawing!.x + drawing!.width);
    expect(bottom).toBeLessThanOrEqual(drawing!.y + drawing!.height);
  }
  await page.screenshot({ path: 'test-results/fit/phone-375.png', fullPage: true });
});
