/**
 * Item 13 of issue 19: OpenAlex topics and Semantic Scholar fields, from the real fixtures. No
 * internal prefix (`openalex:`, `s2:`) anywhere a reader meets it — text, tables, chips,
 * tooltips, accessible names — no label doubled ("X — X"), a colour of its own per group in the
 * timeline's legend, and a "No category" entry for papers without a group.
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, status, test } from './fixtures';
import { realPath } from '../helpers/real-fixtures';

/** Everything a reader can meet: visible text, SVG titles and the attributes read aloud or shown on hover. */
async function readable(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = [document.body.innerText];
    for (const el of document.querySelectorAll('title')) out.push(el.textContent ?? '');
    for (const el of document.querySelectorAll('*'))
      for (const name of ['aria-label', 'title', 'alt', 'aria-valuetext', 'placeholder']) {
        const v = el.getAttribute(name);
        if (v) out.push(v);
      }
    return out;
  });
}

async function expectClean(page: Page) {
  for (const text of await readable(page)) {
    expect(text).not.toMatch(/\b(?:openalex|s2):/);
    expect(text).not.toMatch(/([A-Z][^—\n]{5,}) — \1(?![\w ,])/);
  }
}

/** File and its largest group. */
const CASES: [string, string][] = [
  ['openalex_works_list_50_cursor.json', 'Conservation, Biodiversity, and Resource Management'],
  ['s2_author_with_papers_turing.json', 'Computer Science'],
];

for (const [file, top] of CASES) {
  test(`${file}: one label per group, no prefix, a colour each`, async ({ page, watch }) => {
    void watch;
    await page.goto('/');
    await page.getByRole('button', { name: 'Load data…' }).click();
    await page.locator('input[type=file]').setInputFiles(realPath(file));
    await expect(page.getByText(`${file}: read as`)).toBeVisible();
    await expect(status(page)).toHaveText(/^\d+ papers$/);
    await expect(page.getByRole('figure', { name: 'Terms over time' })).toHaveAttribute('aria-busy', 'false');
    // Topics and fields as categories (the list's default grouping may be another kind).
    await page.getByLabel('Group by').selectOption('category');

    const categories = page.getByRole('figure', { name: 'Categories' });
    await categories.getByRole('button', { name: new RegExp(`^${top}, \\d+ papers`) }).click();
    await expect(page.getByRole('button', { name: `Remove filter: Categories: ${top}` })).toBeVisible();
    await expect(page).toHaveURL(/cat=(?:openalex|s2)%3A/);
    await expectClean(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/group-labels-${file}.png`, fullPage: true });

    const legend = page.getByRole('list', { name: 'Category colours' });
    const swatches = await legend
      .locator('li')
      .evaluateAll((items) =>
        items.map((li) => [
          li.textContent?.trim(),
          getComputedStyle(li.querySelector('span')!).backgroundColor,
        ]),
      );
    const colours = swatches.map(([, c]) => c);
    expect(new Set(colours).size).toBe(colours.length);
    if (file.startsWith('s2')) expect(swatches.at(-1)?.[0]).toBe('No category');

    for (const toggle of await page.getByRole('button', { name: 'Table', exact: true }).all())
      await toggle.click();
    await expectClean(page);
  });
}
