/**
 * Category trends: each category's share of a year's papers. "primary" counts a paper once, for
 * its primary category; "all" counts it once for every category it is listed in (cross-lists
 * too), and shares are of that year's listings, so each year's shares add up to 1.
 */
import type { Paper } from '../data/paper';
import { OTHER_COLOR, PALETTE } from './palette';
import type { YearSpan } from './timeline';

export type CategoryMode = 'primary' | 'all';

export interface CategoryShare {
  year: number;
  category: string;
  /** Papers (primary) or listings (all) of the category that year. */
  count: number;
  /** Of the year's papers or listings; NaN for a year without any (a gap, not a zero). */
  share: number;
}

/** The categories a paper counts for in a mode. */
export function categoriesOf(p: Paper, mode: CategoryMode): readonly string[] {
  return mode === 'primary' ? p.categories.slice(0, 1) : p.categories;
}

/** Categories by total count (descending, ties by id), then one row per category and year of the span. */
export function categoryShares(
  papers: readonly Paper[],
  span: YearSpan,
  mode: CategoryMode,
): CategoryShare[] {
  const counts = new Map<string, Map<number, number>>();
  const totals = new Map<number, number>();
  for (const p of papers) {
    if (p.year === null) continue;
    for (const c of categoriesOf(p, mode)) {
      if (!counts.has(c)) counts.set(c, new Map());
      const m = counts.get(c)!;
      m.set(p.year, (m.get(p.year) ?? 0) + 1);
      totals.set(p.year, (totals.get(p.year) ?? 0) + 1);
    }
  }
  const sum = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const order = [...counts].sort((a, b) => sum(b[1]) - sum(a[1]) || a[0].localeCompare(b[0]));
  const rows: CategoryShare[] = [];
  for (const [category, m] of order) {
    for (let year = span.first; year <= span.last; year++) {
      const total = totals.get(year) ?? 0;
      const count = m.get(year) ?? 0;
      rows.push({ year, category, count, share: total ? count / total : NaN });
    }
  }
  return rows;
}

/**
 * The shared category colours, extended for categories that only appear cross-listed: they take
 * the palette colours no primary category uses, in order. Does not modify its input.
 */
export function extendColors(
  colors: ReadonlyMap<string, string>,
  categories: readonly string[],
): Map<string, string> {
  const out = new Map(colors);
  const free = PALETTE.filter((c) => ![...colors.values()].includes(c));
  for (const c of categories) if (!out.has(c)) out.set(c, free.shift() ?? OTHER_COLOR);
  return out;
}

/** Label for the categories folded together by `foldMinor`. */
export const OTHER = 'Other';

/** Keeps the first `keep` categories of `categoryShares` rows and folds the rest into OTHER, per year. */
export function foldMinor(rows: readonly CategoryShare[], keep: number): CategoryShare[] {
  const order = [...new Set(rows.map((r) => r.category))];
  if (order.length <= keep + 1) return [...rows];
  const kept = new Set(order.slice(0, keep));
  const other = new Map<number, CategoryShare>();
  const out: CategoryShare[] = [];
  for (const r of rows) {
    if (kept.has(r.category)) {
      out.push(r);
      continue;
    }
    const o = other.get(r.year) ?? {
      year: r.year,
      category: OTHER,
      count: 0,
      share: Number.isNaN(r.share) ? NaN : 0,
    };
    o.count += r.count;
    o.share += r.share;
    other.set(r.year, o);
  }
  return [...out, ...other.values()];
}
