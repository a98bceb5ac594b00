/**
 * A columnar store of a loaded collection: the accelerated path for 10^5–10^6 papers. The plain
 * model functions (taking `Paper[]`) stay the reference; this store answers the same questions
 * from typed arrays and precomputed cubes.
 *
 *   Paper[] ─► dictionaries (categories, people) ─► rows sorted by (month, primary category)
 *           ─► columns: year, month, category, flags; CSR paper → people; person → rows
 *           ─► cubes: year × category and month × category counts
 *
 * Rows are kept in (month, category) order so that a year range with categories is a set of
 * contiguous row ranges; `paperIndex` maps a row back to its position in the input array.
 */
import type { Paper } from '../data/paper';
import type { PeopleIndex } from './name-merge';
import { buildStore } from './store-build';
import { binarySearch } from './sorted-search';

export { binarySearch };

/** Flag bits in `flags`. */
export const HAS_CODE = 1;
export const AUTHORS_TRUNCATED = 2;

/** The fields of a paper the store reads (a `Paper` has them all). */
export type StoreInput = Pick<
  Paper,
  'id' | 'year' | 'date' | 'categories' | 'authors' | 'hasCode' | 'authorsTruncated'
>;

export interface ColumnarStore {
  /** Number of papers (rows). */
  readonly size: number;
  /** First year of the year axis; `years` is its length (0 when no paper has a year). */
  readonly firstYear: number;
  readonly years: number;
  /** Primary-category dictionary, sorted; '' stands for "no category". */
  readonly categories: readonly string[];
  /** Person dictionary: ids as in the PeopleIndex (`surname|given`), and their display names. */
  readonly people: readonly string[];
  readonly personNames: readonly string[];
  /** Row → index in the input array. */
  readonly paperIndex: Uint32Array;
  /** Per row: the year (0 = unknown), the month (1–12, 0 = unknown), the primary category code, flag bits. */
  readonly year: Uint16Array;
  readonly month: Uint8Array;
  readonly category: Uint16Array;
  readonly flags: Uint8Array;
  /** CSR: the people of row r are `peopleIds[peopleOffsets[r] .. peopleOffsets[r + 1])`. */
  readonly peopleOffsets: Uint32Array;
  readonly peopleIds: Uint32Array;
  /** CSC: the rows of person k, ascending, are `personRows[personOffsets[k] .. personOffsets[k + 1])`. */
  readonly personOffsets: Uint32Array;
  readonly personRows: Uint32Array;
  /**
   * Counts per (month row, category): month row = (year − firstYear) × 12 + month − 1 (unknown
   * months count as January, as in the timeline), and a last row for papers without a year.
   */
  readonly monthCube: Uint32Array;
  /** Counts per (year row, category), with a last row for papers without a year. */
  readonly yearCube: Uint32Array;
  /** Rows of each month cell: `cellStart[cell] .. cellStart[cell + 1]` (cells of `monthCube`). */
  readonly cellStart: Uint32Array;
  /** Row mask of a text query (1 = the row's paper matches); null until `attachSearch`. */
  search: ((query: string) => Uint8Array) | null;
}

export interface StoreOptions {
  /**
   * People ids: a PeopleIndex from `mergePeople` (merged names, as the charts use), or, when
   * absent, each written name keyed by its exact normalised form (`parsePersonName(..).key`).
   * mergePeople compares name forms and grows faster than the collection; exact keys are one
   * pass (docs/performance.md). So imports merge up to `MERGE_LIMIT`
   * papers and key larger collections exactly ("J. Doe" and "Jane Doe" then stay two people).
   */
  people?: PeopleIndex;
}

/** Above this many papers name merging would hold an import up; exact keys take over (see StoreOptions). */
export const MERGE_LIMIT = 50_000;

/** Builds the store of `papers`. Does not modify its input. */
export function storeFromPapers(papers: readonly StoreInput[], options: StoreOptions = {}): ColumnarStore {
  return buildStore(papers, options.people);
}

/** The code of a category id, or -1 when no paper has it as primary. */
export function categoryCode(store: ColumnarStore, id: string): number {
  return binarySearch(store.categories, id);
}
