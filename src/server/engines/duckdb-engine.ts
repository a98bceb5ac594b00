/**
 * DuckDB in this process (@duckdb/node-api): a database file (`--db PATH`) or memory. Queries run
 * on a few connections at once; a batch is written through appenders in one transaction with the
 * load's progress, so a load stopped mid-batch leaves the last whole batch and resumes after it.
 */
import {
  DuckDBDataChunk,
  DuckDBInstance,
  UINTEGER,
  INTEGER,
  UTINYINT,
  VARCHAR,
  type DuckDBConnection,
  type DuckDBType,
} from '@duckdb/node-api';
import { duckdb } from '../../lib/source/sql/dialect';
import {
  schemaOf,
  TABLES,
  type Batch,
  type ColumnType,
  type Row,
  type TableName,
} from '../../lib/source/sql/schema';
import { plainNumber, type LoadableEngine } from './loadable';

const SQL_TYPE: Record<ColumnType, string> = {
  u8: 'UTINYINT',
  i32: 'INTEGER',
  u32: 'UINTEGER',
  str: 'VARCHAR',
};
const CHUNK_TYPE: Record<ColumnType, DuckDBType> = {
  u8: UTINYINT,
  i32: INTEGER,
  u32: UINTEGER,
  str: VARCHAR,
};
/** DuckDB's vector size: the most rows one data chunk holds. */
const CHUNK_ROWS = 2048;
const READERS = 4;

export class DuckDbEngine implements LoadableEngine {
  readonly dialect = duckdb;
  readonly label: string;
  readonly #instance: DuckDBInstance;
  readonly #writer: DuckDBConnection;
  readonly #readers: DuckDBConnection[];
  #next = 0;
  #queues: Promise<unknown>[] = Array.from({ length: READERS }, () => Promise.resolve());

  private constructor(
    label: string,
    instance: DuckDBInstance,
    writer: DuckDBConnection,
    readers: DuckDBConnection[],
  ) {
    this.label = label;
    this.#instance = instance;
    this.#writer = writer;
    this.#readers = readers;
  }

  /** Opens (or creates) the database at `path`, or one in memory for null. */
  static async open(path: string | null): Promise<DuckDbEngine> {
    const instance = await DuckDBInstance.create(path ?? ':memory:');
    const writer = await instance.connect();
    const readers = await Promise.all(Array.from({ length: READERS }, () => instance.connect()));
    return new DuckDbEngine(path ? `DuckDB at ${path}` : 'DuckDB in memory', instance, writer, readers);
  }

  table(name: TableName): string {
    return name;
  }

  local(name: TableName): string {
    return name;
  }

  /** Runs on the next reader connection, after what that connection was already running. */
  query(sql: string): Promise<unknown[][]> {
    const k = this.#next++ % this.#readers.length;
    const run = this.#queues[k].then(async () => {
      const reader = await this.#readers[k].runAndReadAll(sql);
      return reader.getRows().map((row) => row.map(plainNumber));
    });
    this.#queues[k] = run.catch(() => undefined);
    return run;
  }

  queryAsLoader(sql: string): Promise<unknown[][]> {
    return this.query(sql);
  }

  async reset(): Promise<void> {
    for (const t of TABLES) {
      await this.#writer.run(`DROP TABLE IF EXISTS ${t.name}`);
      const columns = t.columns.map(([name, type]) => `${name} ${SQL_TYPE[type]} NOT NULL`).join(', ');
      await this.#writer.run(`CREATE TABLE ${t.name} (${columns})`);
    }
  }

  async write(batch: Batch, meta: Record<string, string> = {}): Promise<void> {
    await this.#writer.run('BEGIN TRANSACTION');
    try {
      for (const [name, rows] of Object.entries(batch) as [TableName, Row[]][])
        await this.#append(name, rows);
      for (const [key, value] of Object.entries(meta)) {
        await this.#writer.run(`DELETE FROM meta WHERE key = ${duckdb.literal(key)}`);
        await this.#writer.run(
          `INSERT INTO meta VALUES (${duckdb.literal(key)}, ${duckdb.literal(value)}, 0)`,
        );
      }
      await this.#writer.run('COMMIT');
    } catch (e) {
      await this.#writer.run('ROLLBACK');
      throw e;
    }
  }

  async #append(name: TableName, rows: readonly Row[]): Promise<void> {
    if (rows.length === 0) return;
    const types = schemaOf(name).columns.map(([, type]) => CHUNK_TYPE[type]);
    const appender = await this.#writer.createAppender(name);
    for (let at = 0; at < rows.length; at += CHUNK_ROWS) {
      const part = rows.slice(at, at + CHUNK_ROWS);
      const chunk = DuckDBDataChunk.create(types, part.length);
      chunk.setColumns(types.map((_, c) => part.map((row) => row[c])));
      appender.appendDataChunk(chunk);
    }
    appender.closeSync();
  }

  async readMeta(): Promise<Map<string, string>> {
    const exists = await this.query(
      "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'",
    );
    if (Number(exists[0][0]) === 0) return new Map();
    const rows = await this.query('SELECT key, value FROM meta');
    return new Map(rows.map(([k, v]) => [String(k), String(v)]));
  }

  async countFrom(table: TableName, column: string, min: number): Promise<number> {
    return Number((await this.query(`SELECT count(*) FROM ${table} WHERE ${column} >= ${min}`))[0][0]);
  }

  async close(): Promise<void> {
    for (const c of [this.#writer, ...this.#readers]) c.closeSync();
    this.#instance.closeSync();
  }
}
