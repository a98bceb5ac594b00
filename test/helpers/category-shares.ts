/**
 * Category trends counted straight from papers: the reference the rules of the category-trends
 * view are tested against (the page and the CLI get them from the source's counts,
 * views/category-trends.ts).
 */
import type { Paper } from '../../src/lib/data/paper';
import type { CategoryMode, CategoryShare } from '../../src/lib/model/category-trends';
import type { YearSpan } from '../../src/lib/model/timeline';

/** Categories by total count (descending, ties by id), then one row per category and year of the span. */
export function categoryShares(
  papers: readonly Paper[],
  span: YearSpan,
  mode: CategoryMode,
): CategoryShare[] {
  // `sums` counts every year, the span's or not, as the page's order always has.
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
