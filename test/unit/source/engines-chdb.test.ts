/**
 * The server's ClickHouse engine and SQL on a current ClickHouse (26, embedded by the `chdb` npm package):
 * every question on the bundled profile, generated collections and every real fixture, with
 * random filters, answered as the page's own source answers it. Opt-in: `npm run check:chdb`
 * (chdb is about 550 MB, so it is not one of the project's dependencies and `npm test` skips this).
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSynthetic } from '../../../src/dev/synthetic';
import { arxivLines } from '../../../src/dev/synthetic-record';
import { openCollection } from '../../../src/lib/source/page/open-collection';
import { PageSource } from '../../../src/lib/source/page/page-source';
import { SqlSource } from '../../../src/lib/source/sql/sql-source';
import { loadCollection } from '../../../src/server/load/load-collection';
import { readInputs } from '../../../src/server/load/read-inputs';
import { chdbEngine, chdbSession } from '../../helpers/chdb-engine';
import { expectSameEverywhere, type Compared } from '../../helpers/engine-questions';
import { ALIASES } from '../../helpers/engines';
import { realFixtures, realPath } from '../../helpers/real-fixtures';

const CHDB_DIR = process.env.CHDB_DIR;
const LONG = 600_000;
/** Fixtures that yield no paper (a server refuses them, as the page does). */
const EMPTY = new Set([
  'arxiv_atom_error_http400.xml',
  'openalex_works_list_empty_last_page.json',
  'bibtex_malformed_syntax_errors_bibtextidy.bib',
  'csv_malformed_frictionless_invalid.csv',
]);

/** `paths` read as the page reads them (the reference) and loaded into chdb as the server loads them. */
async function loaded(paths: string[]): Promise<Compared> {
  const asOf = '2026-11-26';
  const page = new PageSource(openCollection(await readInputs(paths, asOf, () => {}), { aliases: ALIASES }));
  const engine = chdbEngine(CHDB_DIR!);
  const stored = await loadCollection(engine, { paths, asOf, aliases: ALIASES, log: () => {} });
  return { page, sources: [{ name: 'chdb', source: new SqlSource(engine, stored) }] };
}

describe.skipIf(!CHDB_DIR)('ClickHouse 26 (chdb) answers as the page does', () => {
  it('is a current ClickHouse', () => {
    expect(
      Number(
        JSON.parse(chdbSession(CHDB_DIR!).query('SELECT version()', 'JSON')).data[0]['version()'].split(
          '.',
        )[0],
      ),
    ).toBeGreaterThanOrEqual(24);
  });

  it(
    'the bundled profile: 16 papers, 7 in astro-ph.GA, 29 people, every question',
    async () => {
      const c = await loaded(['data/profile-walmsley.txt']);
      const { source } = c.sources[0];
      expect([source.info.size, source.info.people]).toEqual([16, 29]);
      const filter = [
        { source: 'categories' as const, value: { kind: 'category' as const, ids: ['astro-ph.GA'] } },
      ];
      expect(
        (await source.ask({ kind: 'counts', filter, period: 'year', categories: 'primary' })).papers,
      ).toBe(7);
      await expectSameEverywhere(c, 15, 17);
    },
    LONG,
  );

  for (const [size, seed] of [
    [1500, 5],
    [400, 9],
  ])
    it(
      `${size} generated papers (seed ${seed}), random filters`,
      async () => {
        const file = join(mkdtempSync(join(tmpdir(), 'rtd-gen-')), 'generated.jsonl');
        writeFileSync(file, [...arxivLines(createSynthetic({ papers: size, seed }), seed)].join('\n') + '\n');
        await expectSameEverywhere(await loaded([file]), 12, seed);
      },
      LONG,
    );

  for (const name of realFixtures().filter((f) => !EMPTY.has(f)))
    it(name, async () => expectSameEverywhere(await loaded([realPath(name)]), 3, 3), LONG);
});
