import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { readCollectionParquet } from '../../../../src/lib/data/parquet/read-parquet';
import {
  collectionColumnData,
  collectionSchema,
  writeCollectionParquet,
} from '../../../../src/lib/data/parquet/write-parquet';
import { bundledProfile } from '../../../helpers/collections';

const file = 'saved.parquet';
const { papers, profile } = bundledProfile();

describe('the file metadata', () => {
  it('keeps the profile and the schema version', async () => {
    const r = await readCollectionParquet(writeCollectionParquet({ papers, profile }), { file });
    expect(r.profile).toEqual(profile);
    expect(r.problems).toEqual([]);
  });

  it('notes a file that another tool rewrote without it, and reads its papers', async () => {
    const bytes = rewrite(null);
    const r = await readCollectionParquet(bytes, { file });
    expect(r.papers).toEqual(papers);
    expect(r.profile).toBeUndefined();
    expect(r.problems).toEqual([
      {
        file,
        record: 1,
        message:
          'The file keeps no profile of this app in its metadata (another tool may have rewritten it); read without one.',
        action: 'noted',
      },
    ]);
  });

  it('notes another version and a profile of the wrong shape', async () => {
    const bytes = rewrite(
      JSON.stringify({ format: 'research-trends-dashboard', version: 3, profile: { name: 3 } }),
    );
    const r = await readCollectionParquet(bytes, { file });
    expect(r.papers).toHaveLength(16);
    expect(r.problems.map((p) => [p.message, p.action])).toEqual([
      ['Save format version 3 is newer than 2; read as version 2.', 'noted'],
      ['The profile has the wrong shape; ignored.', 'skipped'],
    ]);
  });
});

describe('rows', () => {
  it('that are not papers are skipped and reported by row', async () => {
    const broken = [papers[0], { ...papers[1], title: '' }, { ...papers[2], date: 'spring' }, papers[3]];
    const r = await readCollectionParquet(writeCollectionParquet({ papers: broken }), { file });
    expect(r.records).toBe(4);
    expect(r.papers).toEqual([papers[0], papers[3]]);
    expect(r.problems).toEqual([
      { file, record: 2, message: 'The row has an empty title; skipped.', action: 'skipped' },
      {
        file,
        record: 3,
        message: 'The row has a date that is not YYYY, YYYY-MM or YYYY-MM-DD; skipped.',
        action: 'skipped',
      },
    ]);
  });
});

/** The bundled collection's file with the app's metadata entry replaced (or dropped, for null). */
function rewrite(value: string | null): Uint8Array {
  const kvMetadata = value === null ? [] : [{ key: 'research-trends-dashboard', value }];
  const bytes = parquetWriteBuffer({
    columnData: collectionColumnData(papers),
    schema: collectionSchema(),
    kvMetadata,
  });
  return new Uint8Array(bytes);
}
