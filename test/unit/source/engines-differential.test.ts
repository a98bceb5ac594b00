/**
 * The core of serving: DuckDB, one ClickHouse node and a two-shard ClickHouse cluster answer every
 * question exactly as the page's own source does — on the bundled profile and on generated
 * collections, with random filters (seeded).
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCollectionParquet } from '../../../src/lib/data/parquet/write-parquet';
import { createSynthetic } from '../../../src/dev/synthetic';
import { bundledProfile } from '../../helpers/collections';
import { arxivLines } from '../../../src/dev/synthetic-record';
import { expectSameEverywhere } from '../../helpers/engine-questions';
import { ENGINE_TIMEOUT as LONG, loadEverywhere, useEngines } from '../../helpers/engines';

const engines = useEngines();

describe('the bundled profile on every engine', () => {
  it(
    'answers 16 papers, 7 of them in astro-ph.GA, 29 people; every question as the page does',
    async () => {
      const loaded = await loadEverywhere(engines(), ['data/profile-walmsley.txt']);
      for (const { name, source } of loaded.sources) {
        expect(source.info.size, name).toBe(16);
        expect(source.info.people, name).toBe(29);
        const ga = await source.ask({
          kind: 'counts',
          filter: [{ source: 'categories', value: { kind: 'category', ids: ['astro-ph.GA'] } }],
          period: 'year',
          categories: 'primary',
        });
        expect(ga.papers, name).toBe(7);
      }
      // The same facts, every "Group by" kind with its papers and the same default.
      expect(loaded.sources.map((s) => s.source.info)).toEqual(loaded.sources.map(() => loaded.page.info));
      await expectSameEverywhere(loaded, 15, 17);
    },
    LONG,
  );
});

describe('generated collections on every engine', () => {
  for (const [size, seed] of [
    [1500, 5],
    [400, 9],
  ]) {
    it(
      `${size} papers (seed ${seed}): every question, random filters`,
      async () => {
        const file = join(engines().cluster.dir, `generated-${size}-${seed}.jsonl`);
        writeFileSync(file, [...arxivLines(createSynthetic({ papers: size, seed }), seed)].join('\n') + '\n');
        const loaded = await loadEverywhere(engines(), [file]);
        await expectSameEverywhere(loaded, 12, seed);
      },
      LONG,
    );
  }
});

describe('the save format and compressed snapshot lines on every engine', () => {
  it(
    'a saved Parquet collection and gzip-compressed arXiv lines answer as the page reads them',
    async () => {
      const dir = engines().cluster.dir;
      const saved = join(dir, 'walmsley.parquet');
      writeFileSync(saved, writeCollectionParquet(bundledProfile()));
      const lines = join(dir, 'generated-300.jsonl.gz');
      writeFileSync(
        lines,
        gzipSync([...arxivLines(createSynthetic({ papers: 300, seed: 2 }), 2)].join('\n') + '\n'),
      );
      for (const file of [saved, lines]) {
        const loaded = await loadEverywhere(engines(), [file]);
        expect(loaded.page.info.size).toBe(file === saved ? 16 : 300);
        await expectSameEverywhere(loaded, 4, 8);
      }
    },
    LONG,
  );
});
