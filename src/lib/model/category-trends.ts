/**
 * Category trends: each category's share of a year's papers. "primary" counts a paper once, for
 * its primary category; "all" counts it once for every category it is listed in (cross-lists
 * too), and shares are of that year's listings, so each year's shares add up to 1.
 */
import type { Paper } from '../data/paper';
import { distinctColors } from './palette';
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

/** Categories by total count (descending, ties by id), then one row per category and year of the span. */
export function categoryShares(
  papers: readonly Paper[],
  span: YearSpan,
  mode: CategoryMode,
): CategoryShare[] {
  // Counts in a (category × year) typed matrix by category code: a map of maps per paper allocates
  // on every paper of every filter. `sums` counts every year, the span's or not, as the order
  // always has.
  const years = span.last - span.first + 1;
  const codeOf = new Map<string, number>();
  const names: string[] = [];
  const sums: number[] = [];
  let counts = new Int32Array(16 * years);
  const totals = new Int32Array(years);
  const add = (category: string, y: number) => {
    let k = codeOf.get(category);
    if (k === undefined) {
      k = names.length;
      codeOf.set(category, k);
      names.push(category);
      sums.push(0);
      if ((k + 1) * years > counts.length) {
        const grown = new Int32Array(counts.length * 2);
        grown.set(counts);
        counts = grown;
      }
    }
    sums[k]++;
    if (y >= 0 && y < years) {
      counts[k * years + y]++;
      totals[y]++;
    }
  };
  for (const p of papers) {
    if (p.year === null) continue;
    const y = p.year - span.first;
    if (mode === 'primary') {
      if (p.categories.length) add(p.categories[0], y);
    } else for (const c of p.categories) add(c, y);
  }
  const order = names.map((_, k) => k).sort((a, b) => sums[b] - sums[a] || names[a].localeCompare(names[b]));
  const rows: CategoryShare[] = [];
  for (const k of order) {
    for (let y = 0; y < years; y++) {
      const total = totals[y];
      const count = counts[k * years + y];
      rows.push({ year: span.first + y, category: names[k], count, share: total ? count / total : NaN });
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
  const taken = new Set(colors.values());
  const free = distinctColors(colors.size + categories.length).filter((c) => !taken.has(c));
  for (const c of categories) if (!out.has(c)) out.set(c, free.shift()!);
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
