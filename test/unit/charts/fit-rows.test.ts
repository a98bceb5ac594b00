/**
 * Row charts in a fixed box (a slide, an embed): smaller type down to a floor, then fewer rows —
 * the categories keep the selected and largest with their headings and say how many are left out.
 */
import { describe, expect, it } from 'vitest';
import { fitRows, minFontFor } from '../../../src/lib/views/fit-rows';
import { categoriesSpec, categoryLines, fitCategoryLines } from '../../../src/lib/views/categories-spec';
import { termLabelChars, termsMarginLeft } from '../../../src/lib/views/terms-spec';
import type { CategoryCount } from '../../../src/lib/model/category-counts';

const rowHeight = (f: number) => 2 * f;
const fit = (count: number, height: number, fontSize = 28) =>
  fitRows({ count, height, fontSize, minFont: minFontFor(fontSize), rowHeight, extra: (f) => 3 * f });

describe('fitRows', () => {
  it('keeps the type when every row fits', () => {
    expect(fit(10, 1000)).toEqual({ fontSize: 28, rows: 10 });
  });
  it('shrinks the type, not below four fifths, before dropping rows', () => {
    expect(fit(10, 23 * 25)).toEqual({ fontSize: 25, rows: 10 });
    expect(minFontFor(28)).toBe(22);
    expect(fit(20, 400)).toEqual({ fontSize: 22, rows: Math.floor((400 - 66) / 44) });
  });
  it('never goes below 12 px and always keeps one row', () => {
    expect(minFontFor(12)).toBe(12);
    expect(fit(15, 100, 12)).toEqual({ fontSize: 12, rows: 2 });
    expect(fit(15, 10, 12).rows).toBe(1);
  });
});

const row = (id: string, group: string, total: number): CategoryCount => ({
  id,
  short: id,
  name: `${id} name`,
  group,
  count: total,
  total,
});
const rows = [
  row('astro-ph.GA', 'Astrophysics', 7),
  row('astro-ph.IM', 'Astrophysics', 2),
  row('astro-ph.CO', 'Astrophysics', 1),
  row('cs.CV', 'Computer Science', 3),
  row('cs.HC', 'Computer Science', 1),
];

describe('fitCategoryLines', () => {
  it('returns every line when they fit', () => {
    expect(fitCategoryLines(rows, 7)).toEqual(categoryLines(rows));
  });
  it('keeps the largest categories under their headings, in order, and counts the rest', () => {
    const lines = fitCategoryLines(rows, 5);
    expect(lines.map((l) => l.label)).toEqual([
      'Astrophysics',
      'astro-ph.GA — astro-ph.GA name',
      'Computer Science',
      'cs.CV — cs.CV name',
      '3 more categories in the Table',
    ]);
    expect(lines.at(-1)!.kind).toBe('more');
  });
  it('keeps a selected category even when it is small', () => {
    const ids = fitCategoryLines(rows, 5, new Set(['cs.HC'])).flatMap((l) => (l.row ? [l.row.id] : []));
    expect(ids).toEqual(['astro-ph.GA', 'cs.HC']);
  });
  it('cuts labels to the chart width with an ellipsis (the page shows the full name on focus)', () => {
    const spec = categoriesSpec({
      lines: categoryLines(rows),
      colors: new Map(),
      selected: new Set(),
      width: 300,
    });
    const texts = (spec.marks ?? []) as unknown as { lineWidth?: number; textOverflow?: string }[];
    const labels = texts.filter((m) => m.textOverflow);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    for (const m of labels) expect(m.lineWidth! * 12).toBeLessThan(300);
  });
});

describe('category counts beside their bars', () => {
  const spec = (r: CategoryCount[]) =>
    categoriesSpec({ lines: categoryLines(r), colors: new Map(), selected: new Set(), width: 600 });
  it('keep four ems of room at a profile’s size, and room for a field’s longest count', () => {
    expect(spec(rows).marginRight).toBe(48);
    const field = [{ ...row('astro-ph.GA', 'Astrophysics', 25_939), count: 18_761 }, row('cs.CV', 'CS', 9)];
    // "18761 / 25939": 13 characters of about 0.6 em each, after the 6 px gap.
    expect(spec(field).marginRight).toBeGreaterThanOrEqual(13 * 12 * 0.6 + 6);
  });
});

describe('term labels in a narrow chart', () => {
  it('take at most two fifths of the width', () => {
    expect(termLabelChars(1200)).toBe(28);
    const terms = [{ term: 'convolutional neural networks' }];
    expect(termsMarginLeft(terms, 12, 320)).toBeLessThanOrEqual(320 * 0.4);
    expect(termsMarginLeft(terms, 12)).toBe(Math.ceil(28 * 12 * 0.6) + 12);
  });
});
