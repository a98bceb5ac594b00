/**
 * Plot options for the categories view: one row per primary category, grouped under archive
 * headings, the selection's count over the collection's total as a ghost bar.
 */
import * as Plot from '@observablehq/plot';
import { titleOf } from '../data/category-label';
import type { CategoryCount } from '../model/category-counts';
import { OTHER_COLOR } from '../model/palette';
import { chartStyle } from './chart-style';

export interface CategoryLine {
  key: string;
  /** An archive's heading, a category's bar, or the count of categories left out of a small frame. */
  kind: 'group' | 'category' | 'more';
  label: string;
  row?: CategoryCount;
}

/** Rows in display order: a heading line before each archive's categories. */
export function categoryLines(rows: readonly CategoryCount[]): CategoryLine[] {
  const out: CategoryLine[] = [];
  let group: string | null = null;
  for (const r of rows) {
    if (r.group !== group) {
      group = r.group;
      out.push({ key: `group:${group}`, kind: 'group', label: group });
    }
    out.push({ key: r.id, kind: 'category', label: titleOf(r), row: r });
  }
  return out;
}

export const CATEGORY_LINE_HEIGHT = 34;

/**
 * At most `maxLines` lines for a frame that cannot hold them all (a slide, an embed): the
 * selected and then the largest categories with their headings, in display order, and a last
 * line saying how many are left out (the Table lists them all).
 */
export function fitCategoryLines(
  rows: readonly CategoryCount[],
  maxLines: number,
  selected: ReadonlySet<string> = new Set(),
): CategoryLine[] {
  const all = categoryLines(rows);
  if (all.length <= maxLines) return all;
  const kept = new Set<CategoryCount>();
  const groups = new Set<string>();
  let used = 0;
  const order = [...rows].sort(
    (a, b) => Number(selected.has(b.id)) - Number(selected.has(a.id)) || b.total - a.total,
  );
  for (const r of order) {
    const cost = groups.has(r.group) ? 1 : 2;
    if (used + cost > maxLines - 1) continue;
    kept.add(r);
    groups.add(r.group);
    used += cost;
  }
  const left = rows.length - kept.size;
  const more = `${left} more categor${left === 1 ? 'y' : 'ies'} in the Table`;
  return [...categoryLines(rows.filter((r) => kept.has(r))), { key: 'more', kind: 'more', label: more }];
}

/** The count beside a bar: the selection's papers of all the category's, or the total alone. */
export const countText = (c: CategoryCount) =>
  c.count === c.total ? String(c.total) : `${c.count} / ${c.total}`;

export interface CategoriesSpecInput {
  lines: readonly CategoryLine[];
  colors: ReadonlyMap<string, string>;
  selected: ReadonlySet<string>;
  width: number;
  fontSize?: number;
}

/** The classes of the selection's bars and of their counts, which the page updates in place. */
export const COUNT_BARS_CLASS = 'categories-count';
export const COUNT_TEXT_CLASS = 'categories-count-text';

/** The opacity of a category's bar when others are selected. */
export const dimOf = (selected: ReadonlySet<string>) => (c: CategoryCount) =>
  selected.size > 0 && !selected.has(c.id) ? 0.35 : 1;

/** The categories among `lines`, in drawing order (the rows of the bars and counts). */
export function categoryRowsIn(lines: readonly CategoryLine[]): CategoryCount[] {
  return lines.flatMap((l) => (l.kind === 'category' && l.row ? [l.row] : []));
}

/** The chart's rows and sizes, shared by the spec and its frame. */
function layoutOf(input: CategoriesSpecInput) {
  const fontSize = input.fontSize ?? 12;
  const lineHeight = (CATEGORY_LINE_HEIGHT * fontSize) / 12;
  const cats = categoryRowsIn(input.lines);
  const max = Math.max(1, ...cats.map((c) => c.total));
  // Room right of the longest bar for its count ("18761 / 25939" at a field's size), at least
  // four ems; digits are about 0.6 em wide in the chart's fonts. Room for a selection's count is
  // kept before there is one, so the first filter does not move the bars (nor draw them anew).
  const countChars = Math.max(0, ...cats.map((c) => `${c.total} / ${c.total}`.length));
  const marginRight = Math.max(fontSize * 4, Math.ceil(countChars * fontSize * 0.62) + 10);
  return { fontSize, lineHeight, cats, max, marginRight };
}

/**
 * Everything of the chart but the selection's bars, their opacity and their counts: two inputs
 * with the same frame draw the same rows, labels, ghosts and margins, so a click that changes
 * only those can update them in place (components/recount-categories.ts).
 */
export function categoriesFrame(input: CategoriesSpecInput): string {
  const { fontSize, cats, max, marginRight } = layoutOf(input);
  return JSON.stringify([
    [input.width, fontSize, max, marginRight],
    input.lines.map((l) => [l.key, l.kind, l.label]),
    cats.map((c) => [c.total, input.colors.get(c.id) ?? OTHER_COLOR]),
  ]);
}

/** A category's fill: its colour, grey when it has none. */
const fillOf = (colors: ReadonlyMap<string, string>) => (c: CategoryCount) => colors.get(c.id) ?? OTHER_COLOR;

export function categoriesSpec(input: CategoriesSpecInput): Plot.PlotOptions {
  const { fontSize, lineHeight, cats, max, marginRight } = layoutOf(input);
  const groups = input.lines.filter((l) => l.kind === 'group');
  const more = input.lines.filter((l) => l.kind === 'more');
  // A label longer than the chart is cut with "…" (Plot measures Helvetica; the 0.88 leaves room
  // for wider system fonts); the page shows the full name on hover and focus.
  const labelEms = (Math.max(0, input.width - 8) / fontSize) * 0.88;
  const dim = dimOf(input.selected);
  return {
    width: input.width,
    height: input.lines.length * lineHeight + 8,
    marginLeft: 4,
    marginRight,
    marginTop: 4,
    marginBottom: 4,
    style: chartStyle(fontSize),
    x: { domain: [0, max], axis: null },
    y: { type: 'band', domain: input.lines.map((l) => l.key), axis: null, paddingInner: 0, paddingOuter: 0 },
    marks: [
      Plot.barX(cats, {
        y: 'id',
        x: 'total',
        fill: 'var(--ghost)',
        insetTop: lineHeight * 0.55,
        insetBottom: lineHeight * 0.1,
        ariaHidden: 'true',
      }),
      Plot.barX(cats, {
        y: 'id',
        x: 'count',
        fill: fillOf(input.colors),
        fillOpacity: dim,
        insetTop: lineHeight * 0.55,
        insetBottom: lineHeight * 0.1,
        ariaHidden: 'true',
        className: COUNT_BARS_CLASS,
      }),
      Plot.text(cats, {
        y: 'id',
        x: 0,
        text: (c: CategoryCount) => titleOf(c),
        lineWidth: labelEms,
        textOverflow: 'ellipsis',
        textAnchor: 'start',
        dy: -lineHeight * 0.18,
        fill: 'currentColor',
        ariaHidden: 'true',
      }),
      Plot.text(cats, {
        y: 'id',
        x: 'total',
        text: countText,
        textAnchor: 'start',
        dx: 6,
        dy: lineHeight * 0.17,
        fill: 'currentColor',
        ariaHidden: 'true',
        className: COUNT_TEXT_CLASS,
      }),
      Plot.text(groups, {
        y: 'key',
        x: 0,
        text: 'label',
        textAnchor: 'start',
        fontWeight: 700,
        dy: lineHeight * 0.12,
        lineWidth: labelEms,
        textOverflow: 'ellipsis',
        fill: 'currentColor',
        ariaHidden: 'true',
      }),
      Plot.text(more, {
        y: 'key',
        x: 0,
        text: 'label',
        textAnchor: 'start',
        fontStyle: 'italic',
        lineWidth: labelEms,
        textOverflow: 'ellipsis',
        fill: 'currentColor',
        ariaHidden: 'true',
      }),
    ],
  };
}
