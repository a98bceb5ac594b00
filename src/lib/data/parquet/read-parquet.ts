/**
 * Reads a collection saved as Parquet (`write-parquet.ts`) back, in two steps: the columns (for a
 * caller that keeps columns, such as a column store), then papers from them with the app's JSON
 * export's checks for each row. Loaded lazily, like the writer.
 *
 *   bytes ─► footer ─► shape check ─► columns (hyparquet) ─► row → checkPaper ─► Paper
 */
import { parquetMetadata, parquetRead, parquetSchema, type Compressors, type FileMetaData } from 'hyparquet';
import { checkPaper } from '../app-json';
import type { ParseOptions, ParseResult, Problem, Profile } from '../paper';
import { plausibleYears, undateImplausible } from '../plausible-year';
import { COLUMNS } from './collection-columns';
import { readMetadata } from './parquet-metadata';
import { rowPaper } from './parquet-row';
import { shapeProblem } from './parquet-shape';

export const FORMAT_PARQUET = 'parquet';

export interface SavedColumns {
  /** Column name → one value per row (lists as arrays); null when the file was refused. */
  columns: Map<string, unknown[]> | null;
  rows: number;
  profile?: Profile;
  problems: Problem[];
}

type ReadOptions = ParseOptions & { compressors?: Compressors };

/** The saved columns the app reads (not the derived ones); a file of another shape is refused. */
export async function readSavedColumns(bytes: Uint8Array, options: ReadOptions): Promise<SavedColumns> {
  const file = options.file;
  const out: SavedColumns = { columns: null, rows: 0, problems: [] };
  const refuse = (message: string, error?: unknown) => {
    const why = error === undefined ? '' : ` (${error instanceof Error ? error.message : String(error)})`;
    out.problems.push({ file, record: 1, message: `${message}${why}.`, action: 'refused' });
    return out;
  };
  const buffer = asArrayBuffer(bytes);
  let metadata: FileMetaData;
  try {
    metadata = parquetMetadata(buffer);
  } catch (error) {
    return refuse('Not a readable Parquet file', error);
  }
  const shape = shapeProblem(parquetSchema(metadata));
  if (shape) return refuse(shape.replace(/\.$/, ''));
  const rows = Number(metadata.num_rows);
  const compressors = options.compressors ?? (await compressorsFor(metadata));
  const names = COLUMNS.filter((c) => !c.derived).map((c) => c.name);
  const columns = new Map<string, unknown[]>(names.map((n) => [n, new Array(rows)]));
  try {
    await parquetRead({
      file: buffer,
      metadata,
      columns: names,
      compressors,
      onChunk: ({ columnName, columnData, rowStart }) => {
        const column = columns.get(columnName)!;
        for (let i = 0; i < columnData.length; i++) column[rowStart + i] = columnData[i];
      },
    });
  } catch (error) {
    return refuse('The Parquet data is damaged', error);
  }
  const { profile, problems } = readMetadata(metadata, file);
  return { columns, rows, ...(profile ? { profile } : {}), problems };
}

/** Reads a saved collection into papers; rows that are not papers are skipped and reported. Never throws. */
export async function readCollectionParquet(bytes: Uint8Array, options: ReadOptions): Promise<ParseResult> {
  const file = options.file;
  const saved = await readSavedColumns(bytes, options);
  const { columns, rows, problems } = saved;
  const result: ParseResult = { format: FORMAT_PARQUET, papers: [], problems, records: rows };
  if (saved.profile) result.profile = saved.profile;
  if (!columns) return result;
  // As for the app's JSON export: an implausible year is reported and dropped.
  const years = plausibleYears(options.asOf);
  const report = (problem: Problem) => problems.push(problem);
  for (let row = 0; row < rows; row++) {
    const paper = checkPaper(rowPaper(columns, row));
    const record = row + 1;
    if (typeof paper !== 'string')
      result.papers.push(undateImplausible(paper, years, report, { file, record }));
    else problems.push({ file, record, message: `The row ${paper}; skipped.`, action: 'skipped' });
  }
  return result;
}

/**
 * Snappy (ours, pandas's, DuckDB's) is built into hyparquet; zstd (polars's default) is loaded
 * when a file uses it.
 */
async function compressorsFor(metadata: FileMetaData): Promise<Compressors | undefined> {
  const zstd = metadata.row_groups.some((g) => g.columns.some((c) => c.meta_data?.codec === 'ZSTD'));
  if (!zstd) return undefined;
  const { decompress } = await import('fzstd');
  return { ZSTD: (input, outputLength) => decompress(input, new Uint8Array(outputLength)) };
}

function asArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes;
  if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) return buffer;
  return bytes.slice().buffer as ArrayBuffer;
}
