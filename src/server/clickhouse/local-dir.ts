/** Where `npm run clickhouse:local` keeps its cluster (config, data, logs, cluster.json). */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const LOCAL_DIR = process.env.RTD_CLICKHOUSE_DIR ?? join(tmpdir(), 'rtd-clickhouse');
/** The local cluster's first HTTP port; shards count up from it (TCP +100, interserver +200). */
export const LOCAL_BASE_PORT = 18123;
