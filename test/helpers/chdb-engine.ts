/**
 * ClickHouse 26 embedded in this process (the `chdb` npm package), as an engine for the
 * differential questions: the server's ClickHouse SQL, written for Debian's 18.16, checked to run
 * and answer alike on a current ClickHouse. Opt-in (`npm run check:chdb` installs chdb beside the
 * project, about 550 MB, and sets CHDB_DIR); not a serving engine. chdb allows one data folder per
 * process, so every collection loaded gets a database of its own in one session.
 */
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clickhouse as dialect } from '../../src/lib/source/sql/dialect';
import {
  TABLES,
  schemaOf,
  type Batch,
  type ColumnType,
  type Row,
  type TableName,
} from '../../src/lib/source/sql/schema';
import { tsvValue } from '../../src/server/engines/clickhouse-http';
import type { LoadableEngine } from '../../src/server/engines/loadable';

interface ChdbSession {
  query(sql: string, format?: string): string;
}

const CH_TYPE: Record<ColumnType, string> = { u8: 'UInt8', i32: 'Int32', u32: 'UInt32', str: 'String' };
/** Rows per INSERT: its data goes inline, after FORMAT. */
const INSERT_ROWS = 20_000;

let session: ChdbSession | null = null;
let databases = 0;

/** The one chdb session of this process, from the chdb installed in `dir` (CHDB_DIR). */
export function chdbSession(dir: string): ChdbSession {
  if (!session) {
    const { Session } = createRequire(join(dir, 'package.json'))('chdb') as {
      Session: new (path: string) => ChdbSession;
    };
    session = new Session(mkdtempSync(join(tmpdir(), 'rtd-chdb-')));
  }
  return session;
}

export class ChdbEngine implements LoadableEngine {
  readonly dialect = dialect;
  readonly label = 'chdb (ClickHouse embedded)';
  readonly #s: ChdbSession;
  readonly #db = `rtd${databases++}`;
  #version = 0;

  constructor(dir: string) {
    this.#s = chdbSession(dir);
  }

  table(name: TableName): string {
    return `${this.#db}.${name}`;
  }

  local(name: TableName): string {
    return this.table(name);
  }

  async query(sql: string): Promise<unknown[][]> {
    return this.#select(sql);
  }

  async queryAsLoader(sql: string): Promise<unknown[][]> {
    return this.#select(sql);
  }

  #select(sql: string): unknown[][] {
    const { meta, data } = JSON.parse(this.#s.query(sql, 'JSONCompact')) as {
      meta: { type: string }[];
      data: unknown[][];
    };
    const wide = meta.map((m) => /Int64|Int128|Int256/.test(m.type));
    return data.map((row) => row.map((v, i) => (wide[i] && v !== null ? Number(v) : v)));
  }

  async reset(): Promise<void> {
    this.#s.query(`CREATE DATABASE IF NOT EXISTS ${this.#db}`);
    for (const t of TABLES) {
      this.#s.query(`DROP TABLE IF EXISTS ${this.table(t.name)}`);
      const columns = t.columns.map(([name, type]) => `${name} ${CH_TYPE[type]}`).join(', ');
      this.#s.query(
        `CREATE TABLE ${this.table(t.name)} (${columns}) ENGINE = MergeTree ORDER BY (${t.order.join(', ')})`,
      );
    }
    this.#version = 0;
  }

  async write(batch: Batch, meta: Record<string, string> = {}): Promise<void> {
    for (const [name, rows] of Object.entries(batch) as [TableName, Row[]][]) this.#insert(name, rows);
    this.#insert(
      'meta',
      Object.entries(meta).map(([k, v]): Row => [k, v, ++this.#version]),
    );
  }

  #insert(name: TableName, rows: readonly Row[]): void {
    for (let i = 0; i < rows.length; i += INSERT_ROWS) {
      const lines = rows.slice(i, i + INSERT_ROWS).map((r) => r.map(tsvValue).join('\t'));
      this.#s.query(`INSERT INTO ${this.table(name)} FORMAT TabSeparated\n${lines.join('\n')}\n`);
    }
  }

  async readMeta(): Promise<Map<string, string>> {
    const exists = this.#select(
      `SELECT count() FROM system.tables WHERE database = ${dialect.literal(this.#db)} AND name = 'meta'`,
    );
    if (Number(exists[0][0]) === 0) return new Map();
    const rows = this.#select(
      `SELECT key, argMax(value, version), max(version) FROM ${this.table('meta')} GROUP BY key`,
    );
    this.#version = Math.max(0, ...rows.map((r) => Number(r[2])));
    return new Map(rows.map(([k, v]) => [String(k), String(v)]));
  }

  async countFrom(table: TableName, column: string, min: number): Promise<number> {
    if (!schemaOf(table).columns.some(([c]) => c === column))
      throw new Error(`No column ${column} in ${table}`);
    return Number(this.#select(`SELECT count() FROM ${this.table(table)} WHERE ${column} >= ${min}`)[0][0]);
  }

  async close(): Promise<void> {}
}
