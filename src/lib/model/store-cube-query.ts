/**
 * Answers year and category clauses from the precomputed cubes: the work depends on the number of
 * years and categories, not of papers. The selected rows are contiguous runs of the
 * (month, category)-sorted rows, so listing them copies runs and counting people walks only them.
 */
import type { ColumnarStore } from './columnar-store';
import type { FilterOptions, ResolvedQuery, StoreCounts } from './store-filter';

/** See `filterStore`; `q` has no people, text or code clause. */
export function countFromCube(store: ColumnarStore, q: ResolvedQuery, options: FilterOptions): StoreCounts {
  const { years: nY, categories: dict, yearCube, monthCube } = store;
  const nC = dict.length;
  const cats = q.categories;
  // Year rows the year clause keeps; without one, the undated row (nY) counts too.
  let r0 = 0;
  let r1 = nY;
  if (q.years) {
    r0 = Math.max(q.years[0] - store.firstYear, 0);
    r1 = Math.min(q.years[1] - store.firstYear, nY - 1);
  }
  const timeline = keepCategories(yearCube.subarray(0, nY * nC), cats, nC);
  const timelineMonths = options.months
    ? keepCategories(monthCube.subarray(0, nY * 12 * nC), cats, nC)
    : null;
  const categories = new Uint32Array(nC);
  for (let r = r0; r <= r1; r++) {
    for (let c = 0, at = r * nC; c < nC; c++, at++) categories[c] += yearCube[at];
  }
  let selectedCount = 0;
  for (let c = 0; c < nC; c++) if (!cats || cats[c]) selectedCount += categories[c];

  // Month rows of the year rows: the undated row is the single month row nY × 12.
  const runs =
    options.indexes || options.people
      ? rowRuns(store, r0 * 12, r1 === nY ? nY * 12 : r1 * 12 + 11, cats)
      : [];
  let selected: Uint32Array | null = null;
  if (options.indexes) {
    if (runs.length === 2) selected = store.paperIndex.subarray(runs[0], runs[1]);
    else {
      selected = new Uint32Array(selectedCount);
      for (let k = 0, at = 0; k < runs.length; k += 2) {
        selected.set(store.paperIndex.subarray(runs[k], runs[k + 1]), at);
        at += runs[k + 1] - runs[k];
      }
    }
  }
  let people: Uint32Array | null = null;
  if (options.people) {
    people = new Uint32Array(store.people.length);
    const { peopleOffsets, peopleIds } = store;
    for (let k = 0; k < runs.length; k += 2) {
      for (let j = peopleOffsets[runs[k]], end = peopleOffsets[runs[k + 1]]; j < end; j++)
        people[peopleIds[j]]++;
    }
  }
  return { timeline, timelineMonths, categories, people, selectedCount, selected, path: 'cube' };
}

/** A copy of a (row × category) cube with unselected categories zeroed. */
function keepCategories(cube: Uint32Array, cats: Uint8Array | null, nC: number): Uint32Array {
  const out = cube.slice();
  if (!cats) return out;
  for (let c = 0; c < nC; c++) {
    if (cats[c]) continue;
    for (let at = c; at < out.length; at += nC) out[at] = 0;
  }
  return out;
}

/** Row ranges [start, end, start, end, …] of the month rows m0..m1 and the selected categories, merged. */
function rowRuns(store: ColumnarStore, m0: number, m1: number, cats: Uint8Array | null): number[] {
  const { cellStart } = store;
  const nC = store.categories.length;
  if (m1 < m0) return [];
  if (!cats) return [cellStart[m0 * nC], cellStart[(m1 + 1) * nC]];
  const runs: number[] = [];
  for (let m = m0; m <= m1; m++) {
    for (let c = 0; c < nC; c++) {
      if (!cats[c]) continue;
      const a = cellStart[m * nC + c];
      const b = cellStart[m * nC + c + 1];
      if (a === b) continue;
      if (runs.length && runs[runs.length - 1] === a) runs[runs.length - 1] = b;
      else runs.push(a, b);
    }
  }
  return runs;
}
