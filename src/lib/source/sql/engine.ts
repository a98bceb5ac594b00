/**
 * What the questions need of an engine: its dialect, the names of its tables, and rows back. On a
 * cluster `table` names the Distributed table (the whole collection) and `local` the shard's own
 * table: a subquery on a co-sharded table (same paper key) reads `local`, so it runs on each shard
 * beside the rows it filters, never across the network.
 */
import type { SqlDialect } from './dialect';
import type { TableName } from './schema';

export interface SqlEngine {
  readonly dialect: SqlDialect;
  table(name: TableName): string;
  local(name: TableName): string;
  /** Rows as arrays of plain values: numbers as numbers (no BigInt), strings as strings. */
  query(sql: string): Promise<unknown[][]>;
}

/** SQL's true and false as both engines write them in a WHERE. */
export const TRUE = '1 = 1';
export const FALSE = '1 = 0';

/** `parts` joined by AND, with the trivial ones left out. */
export function and(...parts: string[]): string {
  const kept = parts.filter((p) => p !== TRUE);
  if (kept.includes(FALSE)) return FALSE;
  return kept.length ? kept.map((p) => `(${p})`).join(' AND ') : TRUE;
}

/** The year column's stand-in for "undated" in min(): above any real year. */
export const NO_YEAR_HIGH = 65535;

/** min() of the dated years of `column`, as a year or null. */
export const minYearSql = (column = 'year') =>
  `min(CASE WHEN ${column} > 0 THEN ${column} ELSE ${NO_YEAR_HIGH} END)`;
export const yearOrNull = (value: unknown): number | null =>
  Number(value) === NO_YEAR_HIGH || Number(value) === 0 ? null : Number(value);
