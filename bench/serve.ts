/**
 * serve: generated papers loaded by `npm run serve`'s own loader into DuckDB (a database file) and
 * into a two-shard ClickHouse cluster on this machine, then the dashboard's questions asked of
 * each, interleaved round by round, beside the page's own source in this process (Node holds
 * what a browser tab cannot). Load rate (papers/s, and rows/s into the engine) and each
 * question's p50/p95.
 */
import { createWriteStream, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openCollection } from '../src/lib/source/page/open-collection';
import { createSynthetic } from '../src/dev/synthetic';
import { arxivLines } from '../src/dev/synthetic-record';
import { PageSource } from '../src/lib/source/page/page-source';
import type { DataSource, Question } from '../src/lib/source/questions';
import { SqlSource } from '../src/lib/source/sql/sql-source';
import { startLocalCluster, stopLocalCluster } from '../src/server/clickhouse/local-cluster';
import { ClickHouseEngine } from '../src/server/engines/clickhouse-engine';
import { DuckDbEngine } from '../src/server/engines/duckdb-engine';
import type { LoadableEngine } from '../src/server/engines/loadable';
import { loadCollection } from '../src/server/load/load-collection';
import { readInputs } from '../src/server/load/read-inputs';
import aliasesJson from '../data/aliases.json';
import { ms, quantile } from './stats';

type Result = Record<string, unknown>;
const aliases = { same: aliasesJson.same ?? [], different: aliasesJson.different ?? [] };

async function writeLines(file: string, n: number): Promise<void> {
  const out = createWriteStream(file);
  for (const line of arxivLines(createSynthetic({ papers: n, seed: 1 }), 1))
    if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(() => r()));
}

/** Loads into `engine`, timing the whole load and the engine's own writes. */
async function timedLoad(engine: LoadableEngine, file: string, log: (t: string) => void) {
  let writeMs = 0;
  let rows = 0;
  const write = engine.write.bind(engine);
  engine.write = async (batch, meta) => {
    const t = performance.now();
    await write(batch, meta);
    writeMs += performance.now() - t;
    rows += Object.values(batch).reduce((n, r) => n + (r?.length ?? 0), 0);
  };
  const t = performance.now();
  const stored = await loadCollection(engine, { paths: [file], aliases, log, batchSize: 20_000 });
  return { stored, loadMs: performance.now() - t, writeMs, rows };
}

function questions(cat: string, person: string, year: number, top: string[]): Record<string, Question> {
  const f = [{ source: 'categories' as const, value: { kind: 'category' as const, ids: [cat] } }];
  return {
    'counts (all)': { kind: 'counts', filter: [], period: 'year', categories: 'primary' },
    'counts (category)': { kind: 'counts', filter: f, period: 'year', categories: 'primary' },
    'counts month listed (category, years)': {
      kind: 'counts',
      filter: [{ source: 'timeline', value: { from: year - 3, to: year } }, ...f],
      period: 'month',
      categories: 'listed',
    },
    'code (category)': { kind: 'code', filter: f },
    'collaboration (category)': { kind: 'collaboration', filter: f },
    'summary (category)': { kind: 'summary', filter: f },
    'summary (search "galaxy")': { kind: 'summary', filter: [{ source: 'search', value: 'galaxy' }] },
    'top-graph 500': { kind: 'top-graph', top: 500, minPapers: 1 },
    'graph top 500 (category)': { kind: 'graph', filter: f, only: top },
    'papers newest 50 (category)': { kind: 'papers', filter: f, order: 'newest', offset: 0, limit: 50 },
    'papers by title at 10,000': { kind: 'papers', filter: [], order: 'title', offset: 10_000, limit: 50 },
    'highlights (category)': { kind: 'highlights', filter: f },
    'terms (category)': { kind: 'terms', filter: f, selected: [], limit: 20 },
    'lookup a person': { kind: 'lookup', categories: [], people: [person], terms: [], communities: [] },
  };
}

export async function runServeBench(options: {
  papers: number;
  rounds: number;
  outDir: string;
  log: (t: string) => void;
}) {
  const { papers: n, rounds, outDir, log } = options;
  const file = join(outDir, `serve-${n}.jsonl`);
  if (!existsSync(file)) {
    log(`Writing ${n} generated papers…`);
    await writeLines(file, n);
  }
  const results: Result[] = [];
  const sources: { name: string; source: DataSource }[] = [];
  const db = join(outDir, `serve-${n}.duckdb`);
  // SERVE_BENCH_REUSE=1 answers from a database an earlier run loaded (its load is not timed again).
  const reuse = process.env.SERVE_BENCH_REUSE === '1' && existsSync(db);
  if (!reuse) rmSync(db, { force: true });
  const duck = await DuckDbEngine.open(db);
  log('Loading into DuckDB…');
  const d = await timedLoad(duck, file, log);
  if (!reuse) {
    results.push(loadResult('DuckDB', n, d));
    log(JSON.stringify(results.at(-1)));
  }
  sources.push({ name: 'DuckDB', source: new SqlSource(duck, d.stored) });

  const dir = join(outDir, 'clickhouse');
  const cluster = await startLocalCluster({ dir, shards: 2 });
  try {
    const ch = new ClickHouseEngine({
      urls: cluster.shards.map((s) => s.url),
      cluster: cluster.cluster,
      admin: cluster.admin,
      reader: cluster.reader,
      timeoutMs: 600_000,
    });
    log('Loading into the two-shard ClickHouse cluster…');
    const c = await timedLoad(ch, file, log);
    results.push(loadResult('ClickHouse, 2 shards', n, c));
    log(JSON.stringify(results.at(-1)));
    sources.push({ name: 'ClickHouse, 2 shards', source: new SqlSource(ch, c.stored) });

    log('The page source…');
    const read = await readInputs([file], undefined, () => {});
    const page = openCollection(read, { aliases });
    sources.push({ name: 'page source (Node)', source: new PageSource(page) });

    const info = d.stored.info;
    const person = page.people.people[10].name;
    const top = await sources[0].source.ask({ kind: 'top-graph', top: 500, minPapers: 1 });
    const ids = top.nodes.map((node) => node.id);
    // Each round asks of another category and years, so no source answers from a cache.
    const cats = info.categories.map((c) => c.id);
    const asking = (round: number) =>
      questions(cats[round % cats.length], person, info.span!.last - (round % 5), ids);
    log(`Asking ${Object.keys(asking(0)).length} questions × ${rounds} rounds of each source…`);
    const times = new Map<string, number[]>();
    for (let round = 0; round <= rounds; round++) {
      const order = round % 2 ? [...sources].reverse() : sources;
      for (const [label, q] of Object.entries(asking(round)))
        for (const { name, source } of order) {
          const t = performance.now();
          await source.ask(q);
          // The first round fills caches (the page's text worker tokenises everything): not counted.
          if (round > 0)
            times.set(`${name}\n${label}`, [
              ...(times.get(`${name}\n${label}`) ?? []),
              performance.now() - t,
            ]);
        }
    }
    for (const [key, values] of times) {
      const [engine, question] = key.split('\n');
      results.push({
        name: 'serve',
        engine,
        question,
        papers: n,
        p50_ms: ms(quantile(values, 0.5)),
        p95_ms: ms(quantile(values, 0.95)),
        rounds,
      });
    }
  } catch (e) {
    log(`Failed: ${(e as Error).message} (the cluster's logs stay under ${dir})`);
    await stopLocalCluster(dir);
    throw e;
  } finally {
    await duck.close();
  }
  await stopLocalCluster(dir, true);
  return results;
}

function loadResult(engine: string, n: number, r: { loadMs: number; writeMs: number; rows: number }): Result {
  return {
    name: 'serve-load',
    engine,
    papers: n,
    load_s: Math.round(r.loadMs / 100) / 10,
    papers_per_s: Math.round(n / (r.loadMs / 1000)),
    rows: r.rows,
    engine_write_s: Math.round(r.writeMs / 100) / 10,
    rows_per_s_into_engine: Math.round(r.rows / (r.writeMs / 1000)),
  };
}
