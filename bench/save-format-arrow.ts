/**
 * The peer of the save format in the save-format bench: the same table (`COLUMNS`) as Arrow IPC
 * through @uwdata/flechette, read back into papers by the same row code, so the two differ only in
 * the file format and its library.
 */
import {
  bool,
  dictionary,
  int32,
  list,
  tableFromArrays,
  tableFromIPC,
  tableToIPC,
  utf8,
} from '@uwdata/flechette';
import { checkPaper } from '../src/lib/data/app-json';
import type { Paper } from '../src/lib/data/paper';
import { COLUMNS, type ColumnKind } from '../src/lib/data/parquet/collection-columns';
import { rowPaper } from '../src/lib/data/parquet/parquet-row';

const TYPES: Record<ColumnKind, () => ReturnType<typeof utf8 | typeof int32 | typeof bool | typeof list>> = {
  text: utf8,
  'text?': utf8,
  'int?': int32,
  flag: bool,
  texts: () => list(utf8()),
};
/** Columns of few distinct values, dictionary-encoded as Parquet's writer does by itself. */
const DICTIONARY = new Set(['primary_category', 'precision', 'source_file']);

export function writeArrow(papers: readonly Paper[]): Uint8Array {
  const data: Record<string, unknown[]> = {};
  const types: Record<string, unknown> = {};
  for (const c of COLUMNS) {
    data[c.name] = papers.map(c.of);
    types[c.name] = DICTIONARY.has(c.name) ? dictionary(utf8()) : TYPES[c.kind]();
  }
  const table = tableFromArrays(data as never, { types: types as never });
  return tableToIPC(table, { format: 'file' })!;
}

export function readArrow(bytes: Uint8Array): Paper[] {
  const table = tableFromIPC(bytes);
  const columns = new Map<string, unknown[]>();
  for (const c of COLUMNS) {
    const values = Array.from(table.getChild(c.name).toArray() as ArrayLike<unknown>);
    columns.set(c.name, c.kind === 'texts' ? values.map((v) => Array.from(v as ArrayLike<string>)) : values);
  }
  const papers: Paper[] = [];
  for (let row = 0; row < table.numRows; row++) {
    const paper = checkPaper(rowPaper(columns, row));
    if (typeof paper !== 'string') papers.push(paper);
  }
  return papers;
}
