/**
 * Whether a Parquet file has the save format's columns: each by name with a type that reads as
 * its kind (a file rewritten by pandas or polars may make columns nullable or widen integers).
 * A file of another shape is refused with the columns expected.
 */
import type { SchemaTree } from 'hyparquet';
import { COLUMNS, expectedColumns, KIND_LABELS, type ColumnKind } from './collection-columns';

const TEXT_TYPES = new Set(['BYTE_ARRAY']);
const NUMBER_TYPES = new Set(['INT32', 'INT64', 'DOUBLE', 'FLOAT']);

/** Null when every column the app reads is there with a fitting type; else what is wrong. */
export function shapeProblem(root: SchemaTree): string | null {
  const byName = new Map(root.children.map((c) => [c.element.name, c]));
  const missing: string[] = [];
  const mistyped: string[] = [];
  for (const column of COLUMNS) {
    if (column.derived) continue;
    const node = byName.get(column.name);
    if (!node && column.added) continue;
    if (!node) missing.push(column.name);
    else if (!fits(node, column.kind)) mistyped.push(`${column.name} is not a ${KIND_LABELS[column.kind]}`);
  }
  if (missing.length === 0 && mistyped.length === 0) return null;
  const what = [...(missing.length ? [`it has no column ${missing.join(', ')}`] : []), ...mistyped].join(
    '; ',
  );
  return `Not a collection saved by this app: ${what}. Expected the columns ${expectedColumns()}.`;
}

function fits(node: SchemaTree, kind: ColumnKind): boolean {
  const leaf = node.children.length === 0 ? node.element : null;
  switch (kind) {
    case 'text':
    case 'text?':
      return !!leaf && TEXT_TYPES.has(leaf.type ?? '');
    case 'int?':
      return !!leaf && NUMBER_TYPES.has(leaf.type ?? '');
    case 'flag':
      return !!leaf && leaf.type === 'BOOLEAN';
    case 'texts': {
      // A LIST group, its one repeated child, and a string leaf under that.
      const repeated = node.children.length === 1 ? node.children[0] : null;
      if (node.element.converted_type !== 'LIST' || repeated?.element.repetition_type !== 'REPEATED')
        return false;
      const item = repeated.children.length === 1 ? repeated.children[0] : repeated;
      return item.children.length === 0 && TEXT_TYPES.has(item.element.type ?? '');
    }
  }
}
