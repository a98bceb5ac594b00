/**
 * Counts answered from the columnar store's cubes (papers per year or month × primary category),
 * built once per collection: a category or year click then costs a walk over years × categories
 * instead of a pass over every paper, so large collections answer in the click's own frame.
 * Only the questions a cube holds come here (primary categories; year and category clauses);
 * the others, and small collections, go the ordinary way (page-counts.ts). Same numbers either way.
 */
import type { Paper } from '../../data/paper';
import type { ColumnarStore, storeFromPapers } from '../../model/columnar-store';
import type { Filter } from '../filter';
import type { CountCell, CountsAnswer, CountsQuestion } from '../questions';

/** Below this many papers a pass over the papers is already quick, and the store would cost memory. */
export const CUBE_FROM = 20_000;

const stores = new WeakMap<readonly Paper[], ColumnarStore>();
let build: typeof storeFromPapers | null = null;
let loading: Promise<void> | null = null;

/**
 * Loads the store's code. It is loaded on the first large collection's first question, not with
 * the page: a small collection never needs it, and the page's first load stays as small as it was.
 */
export function loadCubes(): Promise<void> {
  loading ??= import('../../model/columnar-store').then((m) => void (build = m.storeFromPapers));
  return loading;
}

/** The cubes alone (what a worker sends the page so it can answer counts in the click's frame). */
export type CubeData = Pick<ColumnarStore, 'categories' | 'firstYear' | 'years' | 'yearCube' | 'monthCube'>;

/** The answer from the cubes, or null when the question is not one a cube holds (or `papers` are fewer than `from`). */
export function cubeCounts(
  papers: readonly Paper[],
  q: CountsQuestion,
  from = CUBE_FROM,
): CountsAnswer | null {
  if (papers.length < from || !clausesOf(q)) return null;
  const store = cubeOf(papers);
  return store && cubeAnswer(store, q);
}

/** The cubes of `papers`, built once; null until their code is loaded (see loadCubes), asking for it. */
export function cubeOf(papers: readonly Paper[]): CubeData | null {
  // Until the code is there the ordinary way answers (the same numbers); the next question has it.
  if (!build) {
    void loadCubes();
    return null;
  }
  let store = stores.get(papers);
  // The cubes need no people: the build skips them.
  if (!store) stores.set(papers, (store = build(papers, { people: null })));
  return store;
}

/** The answer from `cube`, or null when the question is not one a cube holds. */
export function cubeAnswer(cube: CubeData, q: CountsQuestion): CountsAnswer | null {
  const clauses = clausesOf(q);
  return clauses && answerOf(cube, q.period, clauses);
}

function clausesOf(q: CountsQuestion): CubeClauses | null {
  if (q.categories !== 'primary' || (q.group ?? 'category') !== 'category') return null;
  return cubeClauses(q.filter);
}

interface CubeClauses {
  years: { from: number; to: number } | null;
  categories: ReadonlySet<string> | null;
}

function cubeClauses(filter: Filter): CubeClauses | null {
  const out: CubeClauses = { years: null, categories: null };
  for (const clause of filter) {
    if (clause.source === 'timeline') out.years = clause.value;
    else if (clause.source === 'categories' && clause.value.kind === 'category')
      out.categories = new Set(clause.value.ids);
    else return null;
  }
  return out;
}

function answerOf(store: CubeData, period: CountsQuestion['period'], q: CubeClauses): CountsAnswer {
  const { categories, firstYear, years } = store;
  const nC = categories.length;
  // '' is the store's "no category", a group a category clause may name (as in page-filter.ts).
  const wanted = categories.map((c) => !q.categories || q.categories.has(c));
  const perYear = period === 'year' ? 1 : 12;
  const cube = period === 'year' ? store.yearCube : store.monthCube;
  const cells: CountCell[] = [];
  let dated = 0;
  for (let y = 0; y < years; y++) {
    const year = firstYear + y;
    if (q.years && (year < q.years.from || year > q.years.to)) continue;
    for (let m = 0; m < perYear; m++) {
      const row = (y * perYear + m) * nC;
      const at = period === 'year' ? String(year) : `${year}-${String(m + 1).padStart(2, '0')}`;
      for (let c = 0; c < nC; c++) {
        const count = cube[row + c];
        if (count === 0 || !wanted[c]) continue;
        cells.push({ period: at, category: categories[c], count });
        dated += count;
      }
    }
  }
  // Undated papers never pass a year clause; the last row of each cube holds them.
  const undated: CountsAnswer['undated'] = [];
  const last = years * perYear * nC;
  for (let c = 0; c < nC && !q.years; c++) {
    const count = cube[last + c];
    if (count > 0 && wanted[c]) undated.push({ category: categories[c], count });
  }
  const papers = dated + undated.reduce((s, u) => s + u.count, 0);
  return { cells, undated, papers, dated };
}
