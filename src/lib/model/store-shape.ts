/**
 * The shape of a ColumnarStore (see columnar-store.ts): its typed columns, CSR indexes and cubes.
 * Apart from the builder so that the builder and the store's users share it without a circle.
 */
import type { Paper } from '../data/paper';

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
}
