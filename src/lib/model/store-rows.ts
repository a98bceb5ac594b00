/**
 * The store's counts in the shapes the charts already draw: the same rows `timelineRows`,
 * `categoryRows` and the coauthor tallies give for `Paper[]`, so a chart can switch paths without
 * changing its spec.
 */
import type { Paper } from '../data/paper';
import { categoryRowsFromCounts, type CategoryCount } from './category-counts';
import type { ColumnarStore } from './columnar-store';
import type { StoreCounts } from './store-filter';
import { periods, type Granularity, type TimelineRow, type YearSpan } from './timeline';

/**
 * What the page needs of a store to read counts (the worker's `StoreSummary` has it): the
 * dictionaries, the year axis and the collection's papers per category.
 */
export type StoreAxes = Pick<ColumnarStore, 'categories' | 'people' | 'firstYear' | 'years'>;

/** `timelineRows(visible, span, options)`, from the counts of a filter call (asked with `months` for months). */
export function storeTimelineRows(
  store: StoreAxes,
  counts: StoreCounts,
  span: YearSpan,
  options: { granularity?: Granularity; cumulative?: boolean } = {},
): TimelineRow[] {
  const granularity = options.granularity ?? 'year';
  const perYear = granularity === 'year' ? 1 : 12;
  const cube = granularity === 'year' ? counts.timeline : counts.timelineMonths;
  if (!cube) throw new Error('Month rows need a filter call with { months: true }.');
  const nC = store.categories.length;
  const used = new Uint8Array(nC);
  for (let at = 0; at < cube.length; at++) if (cube[at] > 0) used[at % nC] = 1;
  const cats = store.categories.map((_, c) => c).filter((c) => used[c]);
  const running = new Float64Array(nC);
  const rows: TimelineRow[] = [];
  periods(span, granularity).forEach((period, i) => {
    const year = Number(period.slice(0, 4));
    const r = (year - store.firstYear) * perYear + (i % perYear);
    const inStore = year >= store.firstYear && year < store.firstYear + store.years;
    const at = (c: number) => (inStore ? cube[r * nC + c] : 0);
    let any = false;
    for (const c of cats) {
      if (options.cumulative) running[c] += at(c);
      const count = options.cumulative ? running[c] : at(c);
      if (count > 0) {
        rows.push({ period, year, category: store.categories[c], count });
        any = true;
      }
    }
    if (!any) rows.push({ period, year, category: '', count: 0 });
  });
  return rows;
}

/** `categoryRows(all, visible)`, from the counts of a filter call and the collection's `categoryTotals`. */
export function storeCategoryRows(
  store: StoreAxes,
  counts: StoreCounts,
  totals: ArrayLike<number>,
): CategoryCount[] {
  const total: Record<string, number> = {};
  const count: Record<string, number> = {};
  store.categories.forEach((id, c) => {
    // '' is the store's "no category"; the categories view lists only real ones.
    if (id === '' || totals[c] === 0) return;
    total[id] = totals[c];
    if (counts.categories[c] > 0) count[id] = counts.categories[c];
  });
  return categoryRowsFromCounts(total, count);
}

/** Papers per primary category code in the whole collection (the cube's column sums). */
export function categoryTotals(store: Pick<ColumnarStore, 'categories' | 'yearCube'>): Uint32Array {
  const nC = store.categories.length;
  const totals = new Uint32Array(nC);
  for (let at = 0; at < store.yearCube.length; at++) totals[at % nC] += store.yearCube[at];
  return totals;
}

/** Person id → papers in the view, for the people with at least one (asked with `people`). */
export function storePersonCounts(store: StoreAxes, counts: StoreCounts): Map<string, number> {
  if (!counts.people) throw new Error('Person counts need a filter call with { people: true }.');
  const out = new Map<string, number>();
  counts.people.forEach((n, k) => {
    if (n > 0) out.set(store.people[k], n);
  });
  return out;
}

/** The selected papers, in the store's (month, category) order. */
export function storeSelectedPapers(papers: readonly Paper[], counts: StoreCounts): Paper[] {
  if (!counts.selected) throw new Error('The selection needs a filter call with { indexes: true }.');
  return Array.from(counts.selected, (i) => papers[i]);
}
