/**
 * (a) filter: a random year range and category clause on 10^6 papers, every view's counts re-read:
 * the columnar store against crossfilter2 with year and category dimensions and groups (year,
 * category, year × category). Both sides see the same query each round, interleaved.
 */
import crossfilter from 'crossfilter2';
import { randomLcg } from 'd3-random';
import { storeFromPapers } from '../src/lib/model/columnar-store';
import { filterStore, resolveQuery } from '../src/lib/model/store-filter';
import { countByScan } from '../src/lib/model/store-scan';
import { randomYearCategoryQuery, type BenchRow } from './data';
import { interleave, ms } from './stats';

/** Crossfilter2 set up as a dashboard of these views would use it. */
export function crossfilterViews(rows: BenchRow[], categories: readonly string[]) {
  const cf = crossfilter(rows);
  const code = new Map(categories.map((c, i) => [c, i]));
  const year = cf.dimension((d) => d.year);
  const category = cf.dimension((d) => d.primary);
  const byYear = year.group().reduceCount();
  const byCategory = category.group().reduceCount();
  // The stacked timeline: per year, counts per category (excludes the year filter, like ours).
  const byYearCategory = year.group<number, Uint32Array>().reduce(
    (p: Uint32Array, d) => (p[code.get(d.primary)!]++, p),
    (p: Uint32Array, d) => (p[code.get(d.primary)!]--, p),
    () => new Uint32Array(categories.length),
  );
  const all = cf.groupAll().reduceCount();
  return { cf, year, category, byYear, byCategory, byYearCategory, all };
}

export function runFilterBench(rows: BenchRow[], rounds: number) {
  const t0 = performance.now();
  const store = storeFromPapers(rows);
  const storeBuildMs = performance.now() - t0;
  const t1 = performance.now();
  const cf = crossfilterViews(rows, store.categories);
  const cfBuildMs = performance.now() - t1;
  const random = randomLcg(11);
  const cats = store.categories.filter(Boolean);
  let checked = 0;
  const timing = interleave(rounds, () => randomYearCategoryQuery(random, cats), {
    ours: (q) => {
      const c = filterStore(store, q);
      return c.timeline[0] + c.categories[0] + c.selectedCount;
    },
    ours_full: (q) => filterStore(store, q, { months: true, people: true, indexes: true }).selectedCount,
    ours_scan: (q) => countByScan(store, resolveQuery(store, q), {}).selectedCount,
    crossfilter2: (q) => {
      const set = new Set(q.categories);
      cf.year.filterRange([q.years.from, q.years.to + 1]);
      cf.category.filterFunction((c) => set.has(c as string));
      const n = cf.all.value() as number;
      const years = cf.byYear.all();
      const stacks = cf.byYearCategory.all();
      const byCat = cf.byCategory.all();
      // Same answer check on a few rounds: both sides must count the same papers.
      if (checked++ < 3 && n !== filterStore(store, q).selectedCount)
        throw new Error('crossfilter2 and the store disagree');
      return n + years.length + stacks.length + byCat.length;
    },
  });
  return {
    name: 'filter',
    papers: rows.length,
    ours_ms: ms(timing.ours.median),
    ours_p95_ms: ms(timing.ours.p95),
    crossfilter2_ms: ms(timing.crossfilter2.median),
    crossfilter2_p95_ms: ms(timing.crossfilter2.p95),
    speedup: Math.round(timing.crossfilter2.median / timing.ours.median),
    ours_full_ms: ms(timing.ours_full.median),
    ours_full_p95_ms: ms(timing.ours_full.p95),
    ours_scan_ms: ms(timing.ours_scan.median),
    ours_scan_p95_ms: ms(timing.ours_scan.p95),
    store_build_ms: ms(storeBuildMs),
    crossfilter2_build_ms: ms(cfBuildMs),
    rounds,
  };
}
