/**
 * ClickHouse as a source's engine, on one node or a cluster. On a cluster every table is a MergeTree
 * on each shard with a Distributed table over them (`<name>_d`); papers and every per-paper table
 * are sharded by the same key (cityHash64 of the paper's index), so a paper's rows share a shard
 * and IN-subqueries on the local tables stay there. Tables are created on each shard's URL (DDL
 * ON CLUSTER needs ZooKeeper); rows go in through the Distributed tables, synchronously, batch by
 * batch. Questions run as a read-only user (`readonly=1`, limits in its profile).
 */
import { clickhouse as dialect } from '../../lib/source/sql/dialect';
import {
  TABLES,
  schemaOf,
  type Batch,
  type ColumnType,
  type Row,
  type TableName,
} from '../../lib/source/sql/schema';
import { clickhouse, ClickHouseError, tsvValue, type Credentials } from './clickhouse-http';
import type { LoadableEngine } from './loadable';

export interface ClickHouseOptions {
  /** Each shard's HTTP URL (one for a single node); the first takes the questions and the loads. */
  urls: readonly string[];
  /** The cluster's name in `remote_servers`; null for a single node without Distributed tables. */
  cluster: string | null;
  database?: string;
  /** Creates tables and loads. */
  admin: Credentials;
  /** Asks the questions: a `readonly=1` user. */
  reader: Credentials;
  timeoutMs?: number;
  /**
   * How a statement reaches ClickHouse: its HTTP interface (`clickhouse-http.ts`), or, in the
   * check against a current release, ClickHouse embedded in the process (test/helpers).
   */
  send?: typeof clickhouse;
}

const CH_TYPE: Record<ColumnType, string> = { u8: 'UInt8', i32: 'Int32', u32: 'UInt32', str: 'String' };
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const INSERT_BYTES = 4 * 1024 * 1024;

export class ClickHouseEngine implements LoadableEngine {
  readonly dialect = dialect;
  readonly label: string;
  readonly #o: Required<ClickHouseOptions>;
  #version = 0;

  constructor(options: ClickHouseOptions) {
    this.#o = { database: 'rtd', timeoutMs: 60_000, send: clickhouse, ...options };
    for (const name of [this.#o.database, this.#o.cluster ?? 'x'])
      if (!NAME.test(name)) throw new Error(`Not a ClickHouse name: ${name}`);
    const where = this.#o.cluster
      ? `cluster ${this.#o.cluster} (${this.#o.urls.length} shards)`
      : `at ${this.#o.urls[0]}`;
    this.label = `ClickHouse ${where}`;
  }

  table(name: TableName): string {
    return `${this.#o.database}.${name}${this.#o.cluster ? '_d' : ''}`;
  }

  local(name: TableName): string {
    return `${this.#o.database}.${name}`;
  }

  async query(sql: string): Promise<unknown[][]> {
    return this.#select(this.#o.reader, sql);
  }

  queryAsLoader(sql: string): Promise<unknown[][]> {
    return this.#select(this.#o.admin, sql);
  }

  async #select(who: Credentials, sql: string): Promise<unknown[][]> {
    const text = await this.#o.send(this.#o.urls[0], who, `${sql}\nFORMAT JSONCompact`, {
      timeoutMs: this.#o.timeoutMs,
    });
    const { meta, data } = JSON.parse(text) as { meta: { type: string }[]; data: unknown[][] };
    const wide = meta.map((m) => /Int64|Int128|Int256/.test(m.type));
    return data.map((row) => row.map((v, i) => (wide[i] && v !== null ? Number(v) : v)));
  }

  async #run(url: string, sql: string): Promise<void> {
    await this.#o.send(url, this.#o.admin, sql, { timeoutMs: this.#o.timeoutMs });
  }

  async reset(): Promise<void> {
    const db = this.#o.database;
    for (const url of this.#o.urls) {
      await this.#run(url, `CREATE DATABASE IF NOT EXISTS ${db}`);
      for (const t of TABLES) {
        await this.#run(url, `DROP TABLE IF EXISTS ${db}.${t.name}_d`);
        await this.#run(url, `DROP TABLE IF EXISTS ${db}.${t.name}`);
        const columns = t.columns.map(([name, type]) => `${name} ${CH_TYPE[type]}`).join(', ');
        await this.#run(
          url,
          `CREATE TABLE ${db}.${t.name} (${columns}) ENGINE = MergeTree ORDER BY (${t.order.join(', ')})`,
        );
        if (this.#o.cluster && t.name !== 'meta')
          await this.#run(
            url,
            `CREATE TABLE ${db}.${t.name}_d AS ${db}.${t.name}
             ENGINE = Distributed(${this.#o.cluster}, ${db}, ${t.name}, cityHash64(${t.shard}))`,
          );
      }
    }
    this.#version = 0;
  }

  async write(batch: Batch, meta: Record<string, string> = {}): Promise<void> {
    for (const [name, rows] of Object.entries(batch) as [TableName, Row[]][]) {
      if (rows.length) await this.#insert(name === 'meta' ? this.local(name) : this.table(name), rows);
    }
    const entries = Object.entries(meta).map(([k, v]): Row => [k, v, ++this.#version]);
    // Meta lives on the first node only: the one that loads and answers.
    if (entries.length) await this.#insert(this.local('meta'), entries);
  }

  /** Sends rows in bodies of a few megabytes: large bodies were cut off mid-send on a busy machine. */
  async #insert(table: string, rows: readonly Row[]): Promise<void> {
    let lines: string[] = [];
    let size = 0;
    for (let i = 0; i < rows.length; i++) {
      const line = rows[i].map(tsvValue).join('\t');
      lines.push(line);
      size += line.length + 1;
      if (size >= INSERT_BYTES || i === rows.length - 1) {
        await this.#send(table, lines);
        [lines, size] = [[], 0];
      }
    }
  }

  async #send(table: string, lines: string[]): Promise<void> {
    try {
      await this.#o.send(this.#o.urls[0], this.#o.admin, `INSERT INTO ${table} FORMAT TabSeparated`, {
        body: lines.join('\n') + '\n',
        settings: { insert_distributed_sync: 1 },
        timeoutMs: this.#o.timeoutMs * 5,
      });
    } catch (e) {
      throw new ClickHouseError(`Loading ${lines.length} rows into ${table}: ${(e as Error).message}`);
    }
  }

  async readMeta(): Promise<Map<string, string>> {
    const db = dialect.literal(this.#o.database);
    const exists = await this.#select(
      this.#o.admin,
      `SELECT count() FROM system.tables WHERE database = ${db} AND name = 'meta'`,
    );
    if (Number(exists[0][0]) === 0) return new Map();
    const rows = await this.#select(
      this.#o.admin,
      `SELECT key, argMax(value, version), max(version) FROM ${this.local('meta')} GROUP BY key`,
    );
    this.#version = Math.max(0, ...rows.map((r) => Number(r[2])));
    return new Map(rows.map(([k, v]) => [String(k), String(v)]));
  }

  async countFrom(table: TableName, column: string, min: number): Promise<number> {
    if (!schemaOf(table).columns.some(([c]) => c === column))
      throw new Error(`No column ${column} in ${table}`);
    const rows = await this.#select(
      this.#o.admin,
      `SELECT count() FROM ${this.table(table)} WHERE ${column} >= ${min}`,
    );
    return Number(rows[0][0]);
  }

  async close(): Promise<void> {}
}
