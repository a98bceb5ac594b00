/** The engine `npm run serve` asked for: DuckDB (a file or memory), or ClickHouse (given, or the local cluster). */
import { LOCAL_DIR } from './clickhouse/local-dir';
import { clusterAlive, readCluster } from './clickhouse/local-cluster';
import { ClickHouseEngine } from './engines/clickhouse-engine';
import { DuckDbEngine } from './engines/duckdb-engine';
import type { LoadableEngine } from './engines/loadable';
import type { ServeArgs } from './serve-args';

export async function openEngine(args: ServeArgs, log: (text: string) => void): Promise<LoadableEngine> {
  if (args.engine === 'duckdb') return DuckDbEngine.open(args.db);
  const c = args.clickhouse;
  if (c.urls.length === 0) {
    const local = readCluster(LOCAL_DIR);
    if (!local || !(await clusterAlive(local)))
      throw new Error(
        'No ClickHouse URL given and no local cluster running: start one with `npm run clickhouse:local -- start`.',
      );
    log(`Using the local ClickHouse cluster at ${local.url}`);
    return new ClickHouseEngine({
      urls: local.shards.map((s) => s.url),
      cluster: local.cluster,
      database: c.database,
      admin: local.admin,
      reader: local.reader,
    });
  }
  if (!c.readUser)
    log('No --read-user: questions run as the loading user. Give a readonly=1 user for serving.');
  const admin = { user: c.user, password: c.password };
  return new ClickHouseEngine({
    urls: c.urls,
    cluster: c.cluster,
    database: c.database,
    admin,
    reader: c.readUser ? { user: c.readUser, password: c.readPassword } : admin,
  });
}
