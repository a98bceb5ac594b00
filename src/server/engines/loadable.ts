/**
 * What the loader needs of an engine beyond answering questions: create the tables, write a batch
 * of rows (with the load's progress, atomically where the engine can), read and write `meta`, and
 * say how many rows lie beyond a point (a half-written batch a resumed load must not build on).
 */
import type { SqlEngine } from '../../lib/source/sql/engine';
import type { Batch, TableName } from '../../lib/source/sql/schema';

export interface LoadableEngine extends SqlEngine {
  /** A label for messages: "DuckDB at db.duckdb", "ClickHouse cluster rtd_local (2 shards)". */
  readonly label: string;
  /** Drops and creates every table. */
  reset(): Promise<void>;
  /** Writes the rows, then the meta entries (one transaction where the engine has them). */
  write(batch: Batch, meta?: Record<string, string>): Promise<void>;
  /** Meta entries; empty when there are no tables yet. */
  readMeta(): Promise<Map<string, string>>;
  /** A query as the loading user (no result limits: whole dictionaries when a load resumes). */
  queryAsLoader(sql: string): Promise<unknown[][]>;
  /** Rows of `table` whose `column` is at least `min`. */
  countFrom(table: TableName, column: string, min: number): Promise<number>;
  close(): Promise<void>;
}

/** Converts a 64-bit integer value (BigInt in DuckDB, a quoted string in ClickHouse's JSON) to a number. */
export function plainNumber(v: unknown): unknown {
  return typeof v === 'bigint' ? Number(v) : v;
}
