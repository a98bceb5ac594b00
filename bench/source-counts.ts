/**
 * source-counts: what a category click asks for the timeline and the categories, answered the
 * page source's two ways on the same generated papers, interleaved: a pass over the papers
 * (PageFilter's typed-column pass, then `countsOf` over the passing papers), and the columnar
 * store's cubes (`cubeCounts`, what the page source uses from CUBE_FROM papers) — beside
 * crossfilter2, the library built for this (a dimension per view, its group ignoring its own
 * filter). The store's build is timed once: it is paid once per collection.
 */
import crossfilter from 'crossfilter2';
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
  const byCrossfilter = crossfilterClick(rows);
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
    if (byCrossfilter(qs[0]) !== qs.map(byPass).reduce((n, a) => n + a.papers, 0))
      throw new Error('crossfilter2 and the page pass disagree');
  }
  const timing = interleave(rounds, () => click(randomYearCategoryQuery(random, cats).categories), {
    page_pass: (qs) => qs.map(byPass).reduce((n, a) => n + a.papers, 0),
    store_cube: (qs) => qs.map(byCube).reduce((n, a) => n + a.papers, 0),
    crossfilter2: (qs) => byCrossfilter(qs[0]),
  });
  return {
    name: 'source-counts',
    papers: rows.length,
    store_build_ms: ms(storeBuildMs),
    page_ms: ms(timing.page_pass.median),
    page_p95_ms: ms(timing.page_pass.p95),
    cube_ms: ms(timing.store_cube.median),
    cube_p95_ms: ms(timing.store_cube.p95),
    crossfilter2_ms: ms(timing.crossfilter2.median),
    crossfilter2_p95_ms: ms(timing.crossfilter2.p95),
  };
}

/**
 * The same click in crossfilter2: one dimension keyed by category and year, filtered by the
 * click; its own group (which ignores that filter) is the categories view's year × category
 * cells, a second dimension's group the timeline's under the click. Returns the papers counted
 * under the click and without it, as the other two ways do.
 */
function crossfilterClick(rows: readonly BenchRow[]) {
  const cats = [...new Set(rows.map((r) => r.primary))].sort();
  const codeOf = new Map(cats.map((c, i) => [c, i]));
  const key = (r: BenchRow) => codeOf.get(r.primary)! * 10_000 + r.year;
  const cf = crossfilter([...rows]);
  const byCategory = cf.dimension(key);
  const unclicked = byCategory.group();
  const clicked = cf.dimension(key).group();
  const sum = (groups: readonly { value: unknown }[]) => groups.reduce((n, g) => n + (g.value as number), 0);
  return (q: CountsQuestion): number => {
    const clause = q.filter.find((c) => c.source === 'categories');
    const wanted = new Set((clause?.value as { ids: string[] } | undefined)?.ids.map((id) => codeOf.get(id)));
    byCategory.filterFunction((k) => wanted.has(Math.floor(Number(k) / 10_000)));
    return sum(clicked.all()) + sum(unclicked.all());
  };
}
