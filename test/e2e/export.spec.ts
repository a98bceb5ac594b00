import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import { axeViolations, expect, status, test } from './fixtures';

const CHARTS = [
  { view: 'timeline', title: 'Papers over time' },
  { view: 'categories', title: 'Categories' },
  { view: 'network', title: 'Coauthor network' },
  { view: 'terms', title: 'Terms over time' },
  { view: 'category-trends', title: 'Category trends' },
  { view: 'collaboration', title: 'Collaboration over time' },
  { view: 'code-availability', title: 'Code availability' },
];
const SOURCE = 'Data: profile-walmsley.txt, as of 2026-11-26';

function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync((await (d as Download).path())!) };
}

function menuOf(page: Page, view: string): { summary: Locator; panel: Locator } {
  const figure = page.locator(`figure[data-view="${view}"]`);
  return { summary: figure.locator('summary'), panel: figure.getByRole('group', { name: /^Export / }) };
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(status(page)).toHaveText('16 papers');
});

for (const { view, title } of CHARTS) {
  test(`${view}: the export menu works with the keyboard and the mouse`, async ({ page, watch }) => {
    void watch;
    const { summary, panel } = menuOf(page, view);
    await expect(summary).toHaveAccessibleName(`Export ${title}`);
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(panel).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(panel.getByRole('button', { name: 'Download SVG' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(panel.getByRole('button', { name: 'Download PNG' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(summary).toBeFocused();

    await summary.click();
    await expect(panel).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    const svg = await download(page, () => panel.getByRole('button', { name: 'Download SVG' }).click());
    expect(svg.name).toBe(`${view}.svg`);
    const text = svg.bytes.toString('utf8');
    expect(text).toContain(`<title>${title}</title>`);
    expect(text).toContain(`${SOURCE}; filters: none</text>`);
    expect(text).not.toMatch(/<script|<foreignObject|var\(--|https?:\/\/(?!www\.w3\.org\/2000\/svg")/);
    const [, w, h] = text.match(/<svg[^>]* width="(\d+)" height="(\d+)"/)!.map(Number);

    // 2× at the current size (the default), then a 1920×1080 slide at 1×.
    const png = await download(page, () => panel.getByRole('button', { name: 'Download PNG' }).click());
    expect(png.name).toBe(`${view}@2x.png`);
    expect(pngSize(png.bytes)).toEqual([w * 2, h * 2]);
    await panel.getByLabel('Slide 1920×1080').check();
    await panel.getByLabel('1×').check();
    const slide = await download(page, () => panel.getByRole('button', { name: 'Download PNG' }).click());
    expect(slide.name).toBe(`${view}-1920x1080.png`);
    expect(pngSize(slide.bytes)).toEqual([1920, 1080]);
    // Kept outside test-results/ (which each Playwright run empties) for looking at.
    writeFileSync(join(tmpdir(), `rtd-export-${view}-1920x1080.png`), slide.bytes);

    const csv = await download(page, () =>
      panel.getByRole('button', { name: 'Download data (CSV)' }).click(),
    );
    expect(csv.name).toBe(`${view}-data.csv`);
    expect(csv.bytes.toString('utf8').split('\n').length).toBeGreaterThan(3);
    await expect(panel.getByRole('status')).toHaveText(`Saved ${view}-data.csv.`);
    await page.mouse.click(5, 5);
    await expect(panel).toBeHidden();
  });
}

test('slide PNG at 2× and transparent background; SVG names the filters', async ({ page, watch }) => {
  void watch;
  await page.goto('/?from=2021&to=2023&theme=dark');
  await expect(status(page)).toHaveText('Showing 9 of 16 papers');
  const { summary, panel } = menuOf(page, 'timeline');
  await summary.click();
  await panel.getByLabel('Slide 1920×1080').check();
  await panel.getByLabel('2×').check();
  await panel.getByLabel('Transparent').check();
  const png = await download(page, () => panel.getByRole('button', { name: 'Download PNG' }).click());
  expect(png.name).toBe('timeline-1920x1080@2x.png');
  expect(pngSize(png.bytes)).toEqual([3840, 2160]);
  // Colour type 6 (RGBA): the transparent background survives.
  expect(png.bytes[25]).toBe(6);
  const svg = (await download(page, () => panel.getByRole('button', { name: 'Download SVG' }).click())).bytes;
  const text = svg.toString('utf8');
  expect(text).toContain(`${SOURCE}; filters: 2021–2023</text>`);
  expect(text).toMatch(/<svg[^>]* width="1920" height="1080"/);
  // Dark theme colours, no page background rectangle.
  expect(text).toContain('fill="#e6e9ed"');
  expect(text).not.toContain('<rect width="1920" height="1080"');
});

test('Copy PNG puts an image on the clipboard, or says why not', async ({ page, context, watch }) => {
  void watch;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { summary, panel } = menuOf(page, 'categories');
  await summary.click();
  await panel.getByRole('button', { name: 'Copy PNG' }).click();
  await expect(panel.getByRole('status')).toHaveText(
    /PNG copied to the clipboard\.|cannot copy|Could not copy/,
  );
  const copied = await panel.getByRole('status').textContent();
  if (copied === 'PNG copied to the clipboard.') {
    const types = await page.evaluate(async () => (await navigator.clipboard.read())[0].types);
    expect(types).toContain('image/png');
  }
});

test('exports the selection as CSV, CSL-JSON, BibTeX, GEXF and JSON', async ({ page, watch }) => {
  void watch;
  await page.goto('/?cat=astro-ph.GA');
  await expect(status(page)).toHaveText('Showing 7 of 16 papers');
  const summary = page.locator('summary', { hasText: 'Export selection' });
  await expect(summary).toHaveText('Export selection (7 papers)');
  await summary.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('group', { name: 'Export the selected papers' });
  const save = (name: string) => download(page, () => panel.getByRole('button', { name }).click());

  const csv = await save('Papers (CSV)');
  expect(csv.name).toBe('mike-walmsley-papers.csv');
  expect(csv.bytes.toString('utf8').split('\n')[0]).toBe(
    'id,title,authors,authors_truncated,year,date,type,categories,keywords,venue,doi,arxiv,url,code,citations,citations_source,citations_as_of,abstract',
  );
  const csl = JSON.parse((await save('Papers (CSL-JSON)')).bytes.toString('utf8'));
  expect(csl).toHaveLength(7);
  const bib = (await save('Papers (BibTeX)')).bytes.toString('utf8');
  expect(bib.match(/^@\w+\{/gm)).toHaveLength(7);
  const gexf = (await save('Network (GEXF)')).bytes.toString('utf8');
  expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3"');
  expect(gexf).toContain('filters: astro-ph.GA');
  const json = JSON.parse((await save('Network (JSON)')).bytes.toString('utf8'));
  expect(json.nodes.length).toBeGreaterThan(1);
  expect(json.links.length).toBeGreaterThan(0);
  await expect(panel.getByRole('status')).toHaveText('Saved mike-walmsley-network.json (7 papers).');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});
