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

/** Stand-ins for "undated" in min() and max(): beyond any year a column holds. */
const ABOVE = 2147483647;
const BELOW = -2147483648;

/** min() and max() of the dated years; read back with `yearOrNull`. */
export const minYearSql = () => `min(CASE WHEN dated = 1 THEN year ELSE ${ABOVE} END)`;
export const maxYearSql = () => `max(CASE WHEN dated = 1 THEN year ELSE ${BELOW} END)`;
export const yearOrNull = (value: unknown): number | null =>
  value === null || Number(value) === ABOVE || Number(value) === BELOW ? null : Number(value);
