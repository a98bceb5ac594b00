/**
 * Faults a server meets: a load stopped half-way (resumed after its last whole batch, or loaded
 * again when a later batch left rows behind), a second start (no load at all), a shard that is
 * down (an error, never a partial count), and questions that are not questions.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSynthetic } from '../../../src/dev/synthetic';
import { arxivLines } from '../../../src/dev/synthetic-record';
import type { Question } from '../../../src/lib/source/questions';
import { SqlSource } from '../../../src/lib/source/sql/sql-source';
import { stopShard } from '../../../src/server/clickhouse/local-cluster';
import { DuckDbEngine } from '../../../src/server/engines/duckdb-engine';
import type { LoadableEngine } from '../../../src/server/engines/loadable';
import { loadCollection } from '../../../src/server/load/load-collection';
import { expectSame, filteredQuestions, vocabularyOf } from '../../helpers/engine-questions';
import { ALIASES, ENGINE_TIMEOUT as LONG, loadEverywhere, useEngines } from '../../helpers/engines';

const engines = useEngines(['node', 'cluster']);
let file: string;
const dir = mkdtempSync(join(tmpdir(), 'rtd-faults-'));

beforeAll(() => {
  file = join(dir, 'generated.jsonl');
  writeFileSync(file, [...arxivLines(createSynthetic({ papers: 1200, seed: 3 }), 3)].join('\n') + '\n');
});

class Stop extends Error {}

/** Loads `file` in batches of 200, stopping after `stopAfter` batches when given. */
function load(engine: LoadableEngine, logs: string[], stopAfter?: number, afterStop?: () => Promise<void>) {
  return loadCollection(engine, {
    paths: [file],
    asOf: '2026-11-26',
    aliases: ALIASES,
    batchSize: 200,
    log: (t) => logs.push(t),
    afterBatch: async (done) => {
      if (done !== stopAfter) return;
      await afterStop?.();
      throw new Stop();
    },
  });
}

async function countOf(source: SqlSource): Promise<number> {
  return (await source.ask({ kind: 'summary', filter: [] })).papers;
}

describe('a stopped load', () => {
  it(
    'resumes after its last whole batch in DuckDB, and a second start loads nothing',
    async () => {
      const db = join(dir, 'resume.duckdb');
      const logs: string[] = [];
      let engine = await DuckDbEngine.open(db);
      await expect(load(engine, logs, 3)).rejects.toBeInstanceOf(Stop);
      await engine.close();
      engine = await DuckDbEngine.open(db);
      const stored = await load(engine, logs);
      expect(logs.some((l) => l.startsWith('Resuming the load') && l.includes('after 3 of 6 batches'))).toBe(
        true,
      );
      expect(await countOf(new SqlSource(engine, stored))).toBe(1200);
      await engine.close();

      const again: string[] = [];
      engine = await DuckDbEngine.open(db);
      const same = await load(engine, again);
      expect(again).toEqual([`Already loaded in DuckDB at ${db}.`]);
      expect(same).toEqual(stored);
      await engine.close();
    },
    LONG,
  );

  it(
    'is loaded again on ClickHouse when a later batch left rows behind, and answers as the page',
    async () => {
      const [, { engine }] = await engines().open();
      const logs: string[] = [];
      // Half of batch 3 reaches the cluster before the stop: rows a resumed load must not build on.
      const halfWritten = async () => {
        const rows = [
          [900, 'arxiv:stray', 2020, 1, '2020-01', 'cs.LG', 0, 0, 0, 1, 0, 0, 0, 'x', '[]', '{}', ''],
        ];
        await engine.write({ papers: rows });
      };
      await expect(load(engine, logs, 3, halfWritten)).rejects.toBeInstanceOf(Stop);
      const stored = await load(engine, logs);
      expect(logs).toContain('Loading again: the last load stopped half-way.');
      const source = new SqlSource(engine, stored);
      expect(await countOf(source)).toBe(1200);
    },
    LONG,
  );
});

describe('a shard that is down', () => {
  it(
    'gives an error naming it, never a partial count',
    async () => {
      const loaded = await loadEverywhere(engines(), [file]);
      const v = await vocabularyOf(loaded.page);
      for (const q of filteredQuestions([{ source: 'code', value: true }], v)) await expectSame(loaded, q);
      const cluster = loaded.sources.find((s) => s.name === 'ClickHouse cluster')!;
      await stopShard(engines().cluster.shards[1]);
      const questions: Question[] = [
        { kind: 'counts', filter: [], period: 'year', categories: 'primary' },
        { kind: 'summary', filter: [{ source: 'search', value: 'galaxy' }] },
        { kind: 'top-graph', top: 50, minPapers: 1 },
        {
          kind: 'citations',
          filter: [{ source: 'cited', value: { kind: 'years', from: 2020, to: 2022 } }],
          top: 10,
        },
      ];
      for (const q of questions)
        await expect(cluster.source.ask(q)).rejects.toThrow(
          /A ClickHouse shard is not answering, so no total can be given/,
        );
    },
    LONG,
  );
});

describe('questions that are not questions', () => {
  it(
    'are refused before any SQL, with the reason',
    async () => {
      const engine = await DuckDbEngine.open(null);
      const stored = await loadCollection(engine, {
        paths: ['data/profile-walmsley.txt'],
        asOf: '2026-11-26',
        aliases: ALIASES,
        log: () => {},
      });
      const source = new SqlSource(engine, stored);
      const bad: [unknown, RegExp][] = [
        [{ kind: 'sql', text: 'SELECT 1' }, /kind must be one of/],
        [
          { kind: 'code', filter: [{ source: 'timeline', value: { from: 2020.5, to: 2021 } }] },
          /from must be an integer/,
        ],
        [{ kind: 'code', filter: [{ source: 'search', value: 'a\0b' }] }, /NUL/],
        [
          {
            kind: 'code',
            filter: [
              { source: 'code', value: true },
              { source: 'code', value: true },
            ],
          },
          /two clauses/,
        ],
        [{ kind: 'code', filter: [{ source: 'categories', value: 'astro-ph.GA' }] }, /must be an object/],
        [
          {
            kind: 'code',
            filter: [{ source: 'categories', value: { kind: 'category', ids: 'astro-ph.GA' } }],
          },
          /ids must be a list/,
        ],
        [
          { kind: 'code', filter: [{ source: 'categories', value: { kind: 'shelf', ids: ['MNRAS'] } }] },
          /kind must be one of category, field, venue, keyword, type/,
        ],
        [
          { kind: 'counts', filter: [], period: 'year', categories: 'primary', group: 'journal' },
          /group must be one of category, field, venue, keyword, type/,
        ],
        [
          {
            kind: 'lookup',
            categories: [],
            people: [],
            terms: [],
            communities: [],
            groups: { kind: 'category', texts: ['x'] },
          },
          /categories are looked up in `categories`/,
        ],
        [
          {
            kind: 'summary',
            filter: [{ source: 'cited', value: { kind: 'years', from: 2020, to: 10 ** 6 } }],
          },
          /filter\[0\]\.value\.to must be an integer from -100000 to 100000/,
        ],
        [
          {
            kind: 'summary',
            filter: [{ source: 'cited', value: { kind: 'decades', from: 2020, to: 2021 } }],
          },
          /filter\[0\]\.value\.kind must be one of years, papers/,
        ],
        [
          {
            kind: 'summary',
            filter: [
              { source: 'cited', value: { kind: 'papers', ids: Array.from({ length: 201 }, String) } },
            ],
          },
          /ids has more than 200 entries/,
        ],
        [{ kind: 'citations', filter: [], top: 10 ** 6 }, /top must be an integer from 0 to 5000/],
        [{ kind: 'citations', filter: [], top: 10, group: 'shelf' }, /group must be one of/],
        [{ kind: 'top-graph', top: 10 ** 7, minPapers: 1 }, /top must be an integer from 0 to 5000/],
        [{ kind: 'abstract', index: -1 }, /index must be an integer/],
      ];
      for (const [q, reason] of bad) await expect(source.ask(q as Question)).rejects.toThrow(reason);
      const unknown = await source.ask({
        kind: 'summary',
        filter: [{ source: 'network', value: ["x' OR '1'='1"] }],
      });
      expect(unknown.papers).toBe(0);
      await engine.close();
    },
    LONG,
  );
});
