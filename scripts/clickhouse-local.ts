/**
 * `npm run clickhouse:local -- start|stop|status`: a two-shard ClickHouse cluster on 127.0.0.1 for
 * demos and `npm run serve -- … --engine clickhouse` (which finds it by itself). Data, configs and
 * logs live under one temp folder (RTD_CLICKHOUSE_DIR to move it); no system service is started.
 */
import { LOCAL_BASE_PORT, LOCAL_DIR } from '../src/server/clickhouse/local-dir';
import {
  clusterAlive,
  ensureClickHouse,
  readCluster,
  startLocalCluster,
  stopLocalCluster,
} from '../src/server/clickhouse/local-cluster';

const command = process.argv[2];
const out = (text: string) => process.stdout.write(`${text}\n`);

async function main(): Promise<number> {
  if (command === 'start') {
    ensureClickHouse(out);
    const c = await startLocalCluster({ dir: LOCAL_DIR, shards: 2, basePort: LOCAL_BASE_PORT });
    out(`ClickHouse cluster ${c.cluster} (${c.shards.length} shards) at ${c.url}`);
    for (const s of c.shards) out(`  shard ${s.url} (pid ${s.pid})`);
    out(`Data and logs under ${c.dir}; read-only user ${c.reader.user} (password in cluster.json)`);
    return 0;
  }
  if (command === 'stop') {
    out((await stopLocalCluster(LOCAL_DIR)) ? 'Stopped.' : 'No local cluster was running.');
    return 0;
  }
  if (command === 'status') {
    const c = readCluster(LOCAL_DIR);
    if (!c) {
      out('Not running.');
      return 3;
    }
    const up = await clusterAlive(c);
    out(
      `${up ? 'Running' : 'Not answering'}: ${c.cluster} at ${c.url} (${c.shards.length} shards, ${c.dir})`,
    );
    return up ? 0 : 3;
  }
  process.stderr.write('Usage: npm run clickhouse:local -- start|stop|status\n');
  return 1;
}

main().then(
  (code) => process.exit(code),
  (e: Error) => {
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  },
);
