/** `npm run serve` options, read with Node's own parser and checked; a message on bad usage. */
import { parseArgs } from 'node:util';
import { isLoopback } from './http/server';

export const USAGE = `Usage: npm run serve -- FILE... [options]
  --engine duckdb|clickhouse   where the questions run (default duckdb)
  --port N --host H            where to serve (default 8080 on 127.0.0.1)
  --token T                    required on the API (and required to bind beyond loopback)
  --db PATH                    DuckDB database file: a second start does not load again
  --as-of YYYY-MM-DD           the date undated years are inferred from (default today)
  --clickhouse-url URL         a shard's HTTP URL, once per shard (default: npm run clickhouse:local)
  --cluster NAME               the cluster in remote_servers (default: one node, no Distributed tables)
  --database NAME              ClickHouse database (default rtd)
  --user U --password P        ClickHouse user that creates tables and loads
  --read-user U --read-password P   ClickHouse readonly=1 user that answers questions`;

export interface ServeArgs {
  files: string[];
  engine: 'duckdb' | 'clickhouse';
  port: number;
  host: string;
  token: string | null;
  db: string | null;
  asOf: string | undefined;
  clickhouse: {
    urls: string[];
    cluster: string | null;
    database: string;
    user: string;
    password: string;
    readUser: string | null;
    readPassword: string;
  };
}

export function readServeArgs(argv: string[]): ServeArgs | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        engine: { type: 'string', default: 'duckdb' },
        port: { type: 'string', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' },
        token: { type: 'string' },
        db: { type: 'string' },
        'as-of': { type: 'string' },
        'clickhouse-url': { type: 'string', multiple: true },
        cluster: { type: 'string' },
        database: { type: 'string', default: 'rtd' },
        user: { type: 'string', default: 'default' },
        password: { type: 'string', default: '' },
        'read-user': { type: 'string' },
        'read-password': { type: 'string', default: '' },
      },
    });
  } catch (e) {
    return (e as Error).message;
  }
  const { values: v, positionals } = parsed;
  if (positionals.length === 0) return 'Name at least one file to serve.';
  if (v.engine !== 'duckdb' && v.engine !== 'clickhouse')
    return `--engine must be duckdb or clickhouse, not ${v.engine}.`;
  const port = Number(v.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return `--port must be a port number, not ${v.port}.`;
  if (v['as-of'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v['as-of']))
    return '--as-of must be YYYY-MM-DD.';
  if (v.db && v.engine !== 'duckdb') return '--db is for the DuckDB engine.';
  const token = v.token ?? process.env.DASHBOARD_TOKEN ?? null;
  if (!isLoopback(v.host!) && !token)
    return `Refusing to serve on ${v.host} without --token: anyone who can reach it could read the collection.`;
  return {
    files: positionals,
    engine: v.engine,
    port,
    host: v.host!,
    token,
    db: v.db ?? null,
    asOf: v['as-of'],
    clickhouse: {
      urls: v['clickhouse-url'] ?? [],
      cluster: v.cluster ?? null,
      database: v.database!,
      user: v.user!,
      password: v.password!,
      readUser: v['read-user'] ?? null,
      readPassword: v['read-password']!,
    },
  };
}
