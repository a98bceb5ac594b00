/**
 * The engines a differential test holds to the page's answers: DuckDB in memory, one ClickHouse
 * node (plain tables) and a two-shard ClickHouse cluster (Distributed tables), each a real server
 * started here on free ports under a temp folder and stopped after. The single node is the
 * cluster's first server with a database of its own.
 */
import { mkdtempSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCollection } from '../../src/lib/source/page/open-collection';
import type { AliasTable } from '../../src/lib/model/name-merge';
import { PageSource } from '../../src/lib/source/page/page-source';
import { SqlSource } from '../../src/lib/source/sql/sql-source';
import {
  startLocalCluster,
  stopLocalCluster,
  type LocalCluster,
} from '../../src/server/clickhouse/local-cluster';
import { ClickHouseEngine } from '../../src/server/engines/clickhouse-engine';
import { DuckDbEngine } from '../../src/server/engines/duckdb-engine';
import type { LoadableEngine } from '../../src/server/engines/loadable';
import { loadCollection } from '../../src/server/load/load-collection';
import { readInputs } from '../../src/server/load/read-inputs';
import aliasesJson from '../../data/aliases.json';

export const ALIASES: AliasTable = { same: aliasesJson.same ?? [], different: aliasesJson.different ?? [] };

export interface Engines {
  cluster: LocalCluster;
  /** A fresh engine of each kind for one collection. */
  open(): Promise<{ name: string; engine: LoadableEngine }[]>;
  stop(): Promise<void>;
}

let databases = 0;

export async function startEngines(
  kinds: ('duckdb' | 'node' | 'cluster')[] = ['duckdb', 'node', 'cluster'],
): Promise<Engines> {
  const dir = mkdtempSync(join(tmpdir(), 'rtd-engines-'));
  const cluster = await startLocalCluster({ dir, shards: 2 });
  const clickhouse = (name: string, sharded: boolean) =>
    new ClickHouseEngine({
      urls: sharded ? cluster.shards.map((s) => s.url) : [cluster.url],
      cluster: sharded ? cluster.cluster : null,
      database: `${name}_${++databases}`,
      admin: cluster.admin,
      reader: cluster.reader,
    });
  return {
    cluster,
    async open() {
      const out: { name: string; engine: LoadableEngine }[] = [];
      if (kinds.includes('duckdb')) out.push({ name: 'DuckDB', engine: await DuckDbEngine.open(null) });
      if (kinds.includes('node')) out.push({ name: 'ClickHouse node', engine: clickhouse('node', false) });
      if (kinds.includes('cluster'))
        out.push({ name: 'ClickHouse cluster', engine: clickhouse('cluster', true) });
      return out;
    },
    stop: () => stopLocalCluster(dir, true).then(() => undefined),
  };
}

/** Starts the engines before a test file's tests and stops them after; the getter gives them. */
export function useEngines(kinds?: ('duckdb' | 'node' | 'cluster')[]): () => Engines {
  let engines: Engines | undefined;
  beforeAll(async () => {
    engines = await startEngines(kinds);
  }, ENGINE_TIMEOUT);
  afterAll(() => engines?.stop(), ENGINE_TIMEOUT);
  return () => engines!;
}

/** For tests that load collections into real servers (minutes on a busy 2-core machine). */
export const ENGINE_TIMEOUT = 900_000;

export interface Loaded {
  page: PageSource;
  sources: { name: string; source: SqlSource; engine: LoadableEngine }[];
}

/** The files loaded as the page loads them (the reference) and into each engine. */
export async function loadEverywhere(
  engines: Engines,
  paths: string[],
  asOf = '2026-11-26',
): Promise<Loaded> {
  const read = await readInputs(paths, asOf, () => {});
  const page = new PageSource(openCollection(read, { aliases: ALIASES }));
  const sources = [];
  for (const { name, engine } of await engines.open()) {
    const stored = await loadCollection(engine, { paths, asOf, aliases: ALIASES, log: () => {} });
    sources.push({ name, source: new SqlSource(engine, stored), engine });
  }
  return { page, sources };
}
