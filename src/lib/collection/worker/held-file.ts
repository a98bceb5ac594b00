/**
 * Files of the collection the worker keeps, written here: a field's papers never cross to the
 * page, only the file's bytes do (as a Blob). The writers load on first use, as in the page.
 */
import type { HeldFileFormat } from './collection-protocol';
import type { Kept } from './held-collection';

export async function fileOf(kept: Kept | null, format: HeldFileFormat): Promise<Blob> {
  if (!kept) throw new Error('This worker keeps no collection.');
  const collection = { profile: kept.profile, papers: kept.papers };
  if (format === 'parquet') {
    const { writeCollectionParquet } = await import('../../data/parquet/write-parquet');
    return new Blob([writeCollectionParquet(collection)], { type: 'application/vnd.apache.parquet' });
  }
  const { serialiseCollection } = await import('../../data/app-json');
  return new Blob([serialiseCollection(collection)], { type: 'application/json' });
}
