/**
 * source-counts: what a category click asks for the timeline and the categories, answered the
 * page source's two ways on the same generated papers, interleaved: a pass over the papers
 * (PageFilter's typed-column pass, then `countsOf` over the passing papers), and the columnar
 * store's cubes (`cubeCounts`, what the page source uses from CUBE_FROM papers). The store's
 * build is timed once: it is paid once per collection.
 */
import { randomLcg } from 'd3-random';
import { emptyProfile, type Paper } from '../src/lib/data/paper';
import { mergePeople } from '../src/lib/model/name-merge';
import type { Filter } from '../src/lib/source/filter';
import { countsOf } from '../src/lib/source/page/page-counts';
import { cubeCounts, loadCubes } from '../src/lib/source/page/page-cube';
import { PageFilter, type Selected } from '../src/lib/source/page/page-filter';
import { PageText } from '../src/lib/source/page/page-text';
import type { CountsQuestion } from '../src/lib/source/questions';
import { randomYearCategoryQuery, type BenchRow } from './data';
import { interleave, ms } from './stats';

/** The rows as papers: the fields the counts read are real, the prose is left empty. */
function asPapers(rows: readonly BenchRow[]): Paper[] {
  return rows.map((r) => ({
    ...r,
    title: '',
    precision: 'day',
    yearInferred: false,
    guessedCategories: [],
    abstract: '',
    venue: '',
    links: {},
    source: { file: 'generated' },
  }));
}

const counts = (filter: Filter): CountsQuestion => ({
  kind: 'counts',
  filter,
  period: 'year',
  categories: 'primary',
});

export async function runSourceCountsBench(rows: readonly BenchRow[], rounds: number) {
  await loadCubes();
  const papers = asPapers(rows);
  // Counts never read the people; merging 10^6 papers' names would only slow the bench down.
  const collection = {
    papers,
    people: mergePeople([]),
    profile: emptyProfile('2026-12-01'),
    source: 'generated',
    ownerId: undefined,
  };
  const filter = new PageFilter(collection, new PageText(collection));
  const byPass = (q: CountsQuestion) =>
    countsOf((filter.select(q.filter) as Selected).papers, q.period, q.categories);
  const byCube = (q: CountsQuestion) => cubeCounts(papers, q)!;
  const t0 = performance.now();
  byCube(counts([]));
  const storeBuildMs = performance.now() - t0;
  const random = randomLcg(17);
  const cats = [...new Set(rows.map((r) => r.primary))].sort();
  // A click on 1–3 categories: the timeline asks under it, the categories view without it.
  const click = (categories: string[]) => [
    counts([{ source: 'categories', value: { kind: 'category', ids: categories } }]),
    counts([]),
  ];
  // The same answers both ways, checked untimed on a few clicks first.
  for (let i = 0; i < 3; i++) {
    const qs = click(randomYearCategoryQuery(randomLcg(i), cats).categories);
    if (JSON.stringify(qs.map(byCube)) !== JSON.stringify(qs.map(byPass)))
      throw new Error('the page pass and the cubes disagree');
  }
  const timing = interleave(rounds, () => click(randomYearCategoryQuery(random, cats).categories), {
    page_pass: (qs) => qs.map(byPass).reduce((n, a) => n + a.papers, 0),
    store_cube: (qs) => qs.map(byCube).reduce((n, a) => n + a.papers, 0),
  });
  return {
    name: 'source-counts',
    papers: rows.length,
    store_build_ms: ms(storeBuildMs),
    page_ms: ms(timing.page_pass.median),
    page_p95_ms: ms(timing.page_pass.p95),
    cube_ms: ms(timing.store_cube.median),
    cube_p95_ms: ms(timing.store_cube.p95),
  };
}
