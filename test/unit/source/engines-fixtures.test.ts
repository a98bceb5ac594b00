/**
 * Every shared real fixture, loaded as the page loads it, answered by DuckDB, one ClickHouse node
 * and the two-shard cluster exactly as by the page's source: every question kind, and a few
 * random filters each.
 */
import { describe, it } from 'vitest';
import { expectSameEverywhere } from '../../helpers/engine-questions';
import { ENGINE_TIMEOUT as LONG, loadEverywhere, useEngines } from '../../helpers/engines';
import { realFixtures, realPath } from '../../helpers/real-fixtures';

const engines = useEngines();

/** Fixtures that yield no paper: a server refuses them, as the page does. */
const EMPTY = [
  'arxiv_atom_error_http400.xml',
  'openalex_works_list_empty_last_page.json',
  'bibtex_malformed_syntax_errors_bibtextidy.bib',
  'csv_malformed_frictionless_invalid.csv',
];

describe('the real fixtures on every engine', () => {
  for (const name of realFixtures().filter((f) => !EMPTY.includes(f))) {
    it(
      name,
      async () => {
        const loaded = await loadEverywhere(engines(), [realPath(name)]);
        await expectSameEverywhere(loaded, 3, 3);
      },
      LONG,
    );
  }
});
