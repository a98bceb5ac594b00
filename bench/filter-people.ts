/**
 * (b) filter-people: a people clause (papers of one person) with a year range on 10^6 papers, every
 * view's counts re-read, per-person counts included: the store's single pass against crossfilter2
 * with an author (array) dimension.
 */
import { randomLcg } from 'd3-random';
import { exactPeopleResolver } from '../src/lib/model/store-people';
import { storeFromPapers } from '../src/lib/model/columnar-store';
import { filterStore } from '../src/lib/model/store-filter';
import type { BenchRow } from './data';
import { crossfilterViews } from './filter';
import { interleave, ms } from './stats';

export function runPeopleBench(rows: BenchRow[], rounds: number) {
  const store = storeFromPapers(rows);
  const t0 = performance.now();
  const cf = crossfilterViews(rows, store.categories);
  // Person ids as the store has them, so both sides select the same papers.
  const resolver = exactPeopleResolver();
  const author = cf.cf.dimension((d) => resolver.idsOf(d.authors), true);
  const byAuthor = author.group().reduceCount();
  const cfBuildMs = performance.now() - t0;
  const random = randomLcg(5);
  let checked = 0;
  const timing = interleave(
    rounds,
    () => {
      // A person drawn from a random paper: prolific people come up as often as they publish.
      const row = rows[Math.floor(random() * rows.length)];
      const a = 1995 + Math.floor(random() * 31);
      const b = 1995 + Math.floor(random() * 31);
      return { person: resolver.idsOf(row.authors)[0], years: { from: Math.min(a, b), to: Math.max(a, b) } };
    },
    {
      ours: (q) => filterStore(store, { people: [q.person], years: q.years }, { people: true }).selectedCount,
      crossfilter2: (q) => {
        cf.year.filterRange([q.years.from, q.years.to + 1]);
        author.filterExact(q.person);
        const n = cf.all.value() as number;
        const read = cf.byYear.all().length + cf.byYearCategory.all().length + cf.byCategory.all().length;
        const people = byAuthor.all().length;
        const expected = filterStore(store, { people: [q.person], years: q.years }).selectedCount;
        if (checked++ < 3 && n !== expected) throw new Error('crossfilter2 and the store disagree');
        return n + read + people;
      },
    },
  );
  return {
    name: 'filter-people',
    papers: rows.length,
    ours_ms: ms(timing.ours.median),
    ours_p95_ms: ms(timing.ours.p95),
    crossfilter2_ms: ms(timing.crossfilter2.median),
    crossfilter2_p95_ms: ms(timing.crossfilter2.p95),
    speedup: Math.round(timing.crossfilter2.median / timing.ours.median),
    crossfilter2_build_ms: ms(cfBuildMs),
    rounds,
  };
}
