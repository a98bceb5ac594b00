/**
 * A columnar store of a loaded collection, for questions a pass over 10^5–10^6 `Paper` objects
 * answers too slowly: the page's source reads its cubes for counts (source/page/page-cube.ts).
 * The plain model functions (taking `Paper[]`) stay the reference; the store gives the same numbers.
 *
 *   Paper[] ─► dictionaries (categories, people) ─► rows sorted by (month, primary category)
 *           ─► columns: year, month, category, flags; CSR paper → people; person → rows
 *           ─► cubes: year × category and month × category counts
 *
 * Rows are kept in (month, category) order so that a year range with categories is a set of
 * contiguous row ranges; `paperIndex` maps a row back to its position in the input array.
 */
import type { PeopleIndex } from './name-merge';
import { buildStore } from './store-build';
import type { ColumnarStore, StoreInput } from './store-shape';

export { AUTHORS_TRUNCATED, HAS_CODE, type ColumnarStore, type StoreInput } from './store-shape';

export interface StoreOptions {
  /**
   * People ids: a PeopleIndex from `mergePeople` (merged names, as the charts use), or, when
   * absent, each written name keyed by its exact normalised form (`parsePersonName(..).key`:
   * far cheaper than merging at 10^6 papers, but "J. Doe" and "Jane Doe" then stay two people).
   * Null: no people columns at all, for callers that read only the cubes.
   */
  people?: PeopleIndex | null;
}

/** Builds the store of `papers`. Does not modify its input. */
export function storeFromPapers(papers: readonly StoreInput[], options: StoreOptions = {}): ColumnarStore {
  return buildStore(papers, options.people);
}
