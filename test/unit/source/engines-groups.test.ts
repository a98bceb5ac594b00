/**
 * Grouping by field, venue, keyword and type on a server: real exports that have them (OpenAlex
 * works with fields and venues, an ADS export with venues and types) and a generated collection,
 * on DuckDB, one ClickHouse node and the two-shard cluster, against the page's source. Every
 * counting question is asked under every kind, with each kind's filter, the '' group ("no value")
 * among its ids.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSynthetic } from '../../../src/dev/synthetic';
import { arxivLines } from '../../../src/dev/synthetic-record';
import { serialiseCollection } from '../../../src/lib/data/app-json';
import { makePaper } from '../../../src/lib/data/paper';
import type { Filter } from '../../../src/lib/source/filter';
import { expectSame, expectSameEverywhere, filteredQuestions } from '../../helpers/engine-questions';
import { ENGINE_TIMEOUT as LONG, loadEverywhere, useEngines, type Loaded } from '../../helpers/engines';
import { realPath } from '../../helpers/real-fixtures';

const engines = useEngines();

/** Each kind's filter on its first group, on '' alone, and on both; every question under each. */
async function expectEveryKindFilter(loaded: Loaded): Promise<number> {
  const v = await expectSameEverywhere(loaded, 8, 11);
  let asked = 0;
  for (const { kind, ids } of v.groups)
    for (const chosen of [[ids[0]], [''], [ids[0], '']]) {
      const filter: Filter = [{ source: 'categories', value: { kind, ids: chosen } }];
      for (const q of filteredQuestions(filter, v)) {
        await expectSame(loaded, q);
        asked++;
      }
    }
  return asked;
}

/** The kinds with papers in the collection, as every source reports them. */
function coveredKinds(loaded: Loaded): string[] {
  for (const { name, source } of loaded.sources) expect(source.info, name).toEqual(loaded.page.info);
  return loaded.page.info.groupKinds.filter((g) => g.papers > 0).map((g) => g.kind);
}

describe('other "Group by" kinds on every engine', () => {
  it(
    'OpenAlex works: fields and venues, counted, filtered and summarised as the page does',
    async () => {
      const loaded = await loadEverywhere(engines(), [realPath('openalex_works_list_50_cursor.json')]);
      expect(coveredKinds(loaded)).toEqual(expect.arrayContaining(['field', 'venue', 'type']));
      expect(await expectEveryKindFilter(loaded)).toBeGreaterThan(0);
    },
    LONG,
  );

  it(
    'an ADS export: venues and types, the papers without a venue as the group ""',
    async () => {
      const loaded = await loadEverywhere(engines(), [realPath('ads_export_bibtex_24_mixed_doctypes.bib')]);
      expect(coveredKinds(loaded)).toEqual(expect.arrayContaining(['venue', 'type']));
      const noVenue = await loaded.sources[2].source.ask({
        kind: 'summary',
        filter: [{ source: 'categories', value: { kind: 'venue', ids: [''] } }],
        group: 'type',
      });
      expect(noVenue.papers).toBe(8);
      await expectEveryKindFilter(loaded);
    },
    LONG,
  );

  it(
    'a generated collection (600 papers): every kind, the same default kind',
    async () => {
      const file = join(engines().cluster.dir, 'generated-groups-600.jsonl');
      writeFileSync(file, [...arxivLines(createSynthetic({ papers: 600, seed: 4 }), 4)].join('\n') + '\n');
      const loaded = await loadEverywhere(engines(), [file]);
      coveredKinds(loaded);
      await expectEveryKindFilter(loaded);
    },
    LONG,
  );

  it(
    'groups that differ only in case, repeated keywords and a fallback field: looked up and counted as the page does',
    async () => {
      const paper = (
        title: string,
        more: Parameters<typeof makePaper>[0] extends infer P ? Partial<P> : never,
      ) =>
        makePaper({ title, source: { file: 'own.json' }, authors: ['Ada Lovelace', 'Alan Turing'], ...more });
      const papers = [
        paper('One', {
          date: '2020-03',
          venue: 'Nature',
          keywords: ['dust', 'Dust', 'dust'],
          type: 'article',
          topics: [{ name: 'Stars', field: 'Physics' }],
        }),
        paper('Two', {
          venue: ' nature ',
          keywords: ['gas'],
          type: 'preprint',
          categories: ['s2:Physics', 's2:Biology'],
        }),
        paper('Three', { date: '2021', categories: ['astro-ph.GA'], keywords: ['GAS', 'gas'] }),
        paper('Four', {
          date: '2021-07-02',
          venue: 'Nature',
          type: 'article',
          authors: ['Alan Turing'],
        }),
      ];
      const file = join(engines().cluster.dir, 'own-groups.json');
      writeFileSync(file, serialiseCollection({ papers }));
      const loaded = await loadEverywhere(engines(), [file]);
      const lookup = (kind: 'venue' | 'keyword' | 'type' | 'field', texts: string[]) =>
        expectSame(loaded, {
          kind: 'lookup',
          categories: [],
          people: [],
          terms: [],
          communities: [],
          groups: { kind, texts },
        });
      await lookup('venue', ['NATURE', ' nature', '(none)', 'Science']);
      await lookup('keyword', ['DUST', 'dust', 'Gas', 'gas ']);
      await lookup('type', ['Journal article', 'PREPRINT', 'article', 'book']);
      await lookup('field', ['physics', 'Biology', 'Stars']);
      const answer = await loaded.sources[2].source.ask({
        kind: 'counts',
        filter: [],
        period: 'year',
        categories: 'listed',
        group: 'keyword',
      });
      expect(answer.cells.find((c) => c.period === '2020' && c.category === 'dust')?.count).toBe(2);
      await expectEveryKindFilter(loaded);
    },
    LONG,
  );
});
