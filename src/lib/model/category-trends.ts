/**
 * Category trends: each category's share of a year's papers. "primary" counts a paper once, for
 * its primary category; "all" counts it once for every category it is listed in (cross-lists
 * too), and shares are of that year's listings, so each year's shares add up to 1.
 */
import { distinctColors } from './palette';

export type CategoryMode = 'primary' | 'all';

export interface CategoryShare {
  year: number;
  category: string;
  /** Papers (primary) or listings (all) of the category that year. */
  count: number;
  /** Of the year's papers or listings; NaN for a year without any (a gap, not a zero). */
  share: number;
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
  const taken = new Set(colors.values());
  const free = distinctColors(colors.size + categories.length).filter((c) => !taken.has(c));
  for (const c of categories) if (!out.has(c)) out.set(c, free.shift()!);
  return out;
}

/** Label for the categories folded together by `foldMinor`. */
export const OTHER = 'Other';

/** Keeps the first `keep` categories of category-share rows (largest first) and folds the rest into OTHER, per year. */
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
