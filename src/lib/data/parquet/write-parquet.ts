/**
 * A collection as one Parquet file (hyparquet-writer, snappy): the papers table of
 * `collection-columns.ts`, the profile and the schema version in the file's key–value metadata.
 * Loaded lazily: the page's initial bundle never holds it.
 */
import { parquetWriteBuffer, type ColumnSource, type ParquetWriteOptions } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet';
import type { Paper, Profile } from '../paper';
import { COLUMNS, FORMAT_TAG, METADATA_KEY, SCHEMA_VERSION, type ColumnKind } from './collection-columns';

export interface SavedCollection {
  papers: readonly Paper[];
  profile?: Profile | null;
}

/** The Parquet file's bytes; `readCollectionParquet` gives the same papers and profile back. */
export function writeCollectionParquet(
  collection: SavedCollection,
  options: Pick<ParquetWriteOptions, 'codec' | 'compressors'> = {},
): Uint8Array<ArrayBuffer> {
  const metadata = { format: FORMAT_TAG, version: SCHEMA_VERSION, profile: collection.profile ?? null };
  const buffer = parquetWriteBuffer({
    columnData: collectionColumnData(collection.papers),
    schema: collectionSchema(),
    kvMetadata: [{ key: METADATA_KEY, value: JSON.stringify(metadata) }],
    createdBy: `${FORMAT_TAG} save format ${SCHEMA_VERSION} (hyparquet-writer)`,
    ...options,
  });
  return new Uint8Array(buffer);
}

/** One array of values per column, in the table's order. */
export function collectionColumnData(papers: readonly Paper[]): ColumnSource[] {
  return COLUMNS.map((column) => {
    const data = new Array(papers.length);
    for (let i = 0; i < papers.length; i++) data[i] = column.of(papers[i]);
    return { name: column.name, data };
  });
}

/** The file's schema: a root, then each column's elements. */
export function collectionSchema(): SchemaElement[] {
  const schema: SchemaElement[] = [{ name: 'root', num_children: COLUMNS.length }];
  for (const column of COLUMNS) schema.push(...schemaOf(column.name, column.kind));
  return schema;
}

const STRING = { type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' } } as const;

/** The schema elements of one column: one leaf, or the three levels of a Parquet LIST. */
function schemaOf(name: string, kind: ColumnKind): SchemaElement[] {
  switch (kind) {
    case 'text':
      return [{ name, ...STRING, repetition_type: 'REQUIRED' }];
    case 'text?':
      return [{ name, ...STRING, repetition_type: 'OPTIONAL' }];
    case 'int?':
      return [{ name, type: 'INT32', repetition_type: 'OPTIONAL' }];
    case 'flag':
      return [{ name, type: 'BOOLEAN', repetition_type: 'REQUIRED' }];
    case 'texts':
      return [
        {
          name,
          repetition_type: 'REQUIRED',
          converted_type: 'LIST',
          logical_type: { type: 'LIST' },
          num_children: 1,
        },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        { name: 'element', ...STRING, repetition_type: 'REQUIRED' },
      ];
  }
}
