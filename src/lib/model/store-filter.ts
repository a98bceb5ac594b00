/**
 * One filter call answers every view at once, with the crossfilter rule (a view's counts skip its
 * own clause). Clauses on years and categories only are answered from the cubes; anything else
 * (people, text, code) takes one pass over the columns (`store-scan.ts`).
 */
import { binarySearch, type ColumnarStore } from './columnar-store';
import { countFromCube } from './store-cube-query';
import { countByScan } from './store-scan';

/** A serialisable selection (it crosses the worker boundary), one field per clause source. */
export interface StoreQuery {
  /** Inclusive; papers without a year never match. */
  years?: { from: number; to: number } | null;
  /** Primary categories; a paper matches when its primary category is one of them. */
  categories?: readonly string[] | null;
  /** Person ids; a paper matches when every one of them is on it. */
  people?: readonly string[] | null;
  /** Every word must occur in title, abstract, authors or venue (see `attachSearch`). */
  search?: string | null;
  /** Only papers with code. */
  code?: boolean;
}

export interface FilterOptions {
  /** Also count per month (`timelineMonths`). */
  months?: boolean;
  /** Also count papers per person (`people`); costs a pass over the selected papers' authors. */
  people?: boolean;
  /** Also list the selected papers (`selected`). */
  indexes?: boolean;
}

export interface StoreCounts {
  /** Timeline: papers per (year − firstYear, category), row-major, by every clause but years; dated papers only. */
  timeline: Uint32Array;
  /** The same per month: row (year − firstYear) × 12 + month − 1; null unless asked. */
  timelineMonths: Uint32Array | null;
  /** Categories view: papers per primary category code, by every clause but categories. */
  categories: Uint32Array;
  /** Network: papers per person code, by every clause but people; null unless asked. */
  people: Uint32Array | null;
  /** Papers passing every clause. */
  selectedCount: number;
  /**
   * Their indexes in the input array, in (month, category) order; null unless asked. May be a view
   * into the store: copy it before transferring.
   */
  selected: Uint32Array | null;
  /** How the counts were made. */
  path: 'cube' | 'scan';
}

/** Clause masks resolved against the store's dictionaries. */
export interface ResolvedQuery {
  /** Inclusive year bounds, or null for no year clause. */
  years: [number, number] | null;
  /** Category code → 1 when selected, or null for no category clause. */
  categories: Uint8Array | null;
  /** Person codes (all must be on a paper); -1 for an id no paper has; null for no clause. */
  people: number[] | null;
  search: string | null;
  code: boolean;
}

/** Counts for every view under `query`. */
export function filterStore(
  store: ColumnarStore,
  query: StoreQuery,
  options: FilterOptions = {},
): StoreCounts {
  const q = resolveQuery(store, query);
  if (q.people === null && q.search === null && !q.code) return countFromCube(store, q, options);
  return countByScan(store, q, options);
}

/** Maps a query's ids to the store's codes. */
export function resolveQuery(store: ColumnarStore, query: StoreQuery): ResolvedQuery {
  let categories: Uint8Array | null = null;
  if (query.categories) {
    categories = new Uint8Array(store.categories.length);
    for (const id of query.categories) {
      const c = binarySearch(store.categories, id);
      // '' is the store's "no category": the category clause never matches such papers.
      if (c >= 0 && id !== '') categories[c] = 1;
    }
  }
  const y = query.years;
  const search = query.search?.trim() ? query.search : null;
  return {
    years: y ? [Math.min(y.from, y.to), Math.max(y.from, y.to)] : null,
    categories,
    people: query.people?.length ? query.people.map((id) => binarySearch(store.people, id)) : null,
    search,
    code: query.code === true,
  };
}
