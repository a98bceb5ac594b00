import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { readCollectionParquet } from '../../../../src/lib/data/parquet/read-parquet';
import { writeCollectionParquet } from '../../../../src/lib/data/parquet/write-parquet';
import { bundledProfile } from '../../../helpers/collections';

const file = 'other.parquet';
const read = (bytes: ArrayBuffer | Uint8Array) => readCollectionParquet(new Uint8Array(bytes), { file });
const EXPECTED =
  'Expected the columns id (string), title (string), date (string or null), precision (string or null), ' +
  'year (int32 or null), year_inferred (boolean), categories (list of strings), guessed_categories (list of strings), ' +
  'authors (list of strings), authors_truncated (boolean), abstract (string), has_code (boolean), venue (string), ' +
  'arxiv (string or null), doi (string or null), url (string or null), code (string or null), source_file (string), ' +
  'source_line (int32 or null), source_record (int32 or null), completed_from (string or null), ' +
  'oa (string or null, since version 2), type (string or null, since version 2), ' +
  'keywords (list of strings, since version 2), topics (string or null, since version 2), ' +
  'citations (int32 or null, since version 2), citations_influential (int32 or null, since version 2), ' +
  'citations_source (string or null, since version 2), citations_as_of (string or null, since version 2), ' +
  'citations_by_year (string or null, since version 2).';

describe('Parquet files of another shape', () => {
  it('are refused with the columns expected', async () => {
    const other = parquetWriteBuffer({
      columnData: [
        { name: 'name', data: ['Alice', 'Bob'], type: 'STRING' },
        { name: 'age', data: [25, 30], type: 'INT32' },
      ],
    });
    const r = await read(other);
    expect(r).toMatchObject({ format: 'parquet', papers: [], records: 0 });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file, record: 1, action: 'refused' });
    expect(r.problems[0].message).toMatch(
      /^Not a collection saved by this app: it has no column id, title, date, /,
    );
    expect(r.problems[0].message.endsWith(EXPECTED)).toBe(true);
  });

  it('name a column of the wrong type', async () => {
    const { papers } = bundledProfile();
    const good = writeCollectionParquet({ papers });
    expect((await read(good)).papers).toHaveLength(16);
    const mistyped = parquetWriteBuffer({
      columnData: [
        ...['id', 'title', 'abstract', 'venue', 'source_file'].map((name) => ({
          name,
          data: ['x'],
          type: 'STRING' as const,
        })),
        ...['date', 'precision', 'arxiv', 'doi', 'url', 'code', 'completed_from'].map((name) => ({
          name,
          data: [null],
          type: 'STRING' as const,
        })),
        ...['year', 'source_line', 'source_record'].map((name) => ({
          name,
          data: [null],
          type: 'INT32' as const,
        })),
        ...['year_inferred', 'authors_truncated', 'has_code'].map((name) => ({
          name,
          data: [false],
          type: 'BOOLEAN' as const,
        })),
        { name: 'categories', data: ['cs.LG'], type: 'STRING' },
        { name: 'guessed_categories', data: [2], type: 'INT32' },
      ],
    });
    const r = await read(mistyped);
    expect(r.problems[0].message).toBe(
      'Not a collection saved by this app: it has no column authors; categories is not a list of strings; ' +
        `guessed_categories is not a list of strings. ${EXPECTED}`,
    );
  });

  it('and bytes that only look like Parquet', async () => {
    const fake = new TextEncoder().encode('PAR1 this is not a parquet file PAR1');
    const r = await read(fake);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].message).toMatch(/^Not a readable Parquet file \(/);
  });
});
