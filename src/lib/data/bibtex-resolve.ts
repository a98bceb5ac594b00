/**
 * Turns raw BibTeX entries into field maps: expands `@string` macros (and the predefined month
 * macros) across `#` concatenations, keeps the first of duplicate fields, drops `@set` groupings
 * and fills `crossref` children from their parents. A key used twice is a problem of the key, not
 * of the works: every entry is kept (reference managers reuse keys such as "Scales2015" for
 * different works) and a `crossref` to that key means its first entry, as in BibTeX. Records of
 * one work are merged later, by the merge rules.
 */
import type { RawItem, RawPart } from './bibtex-entries';
import type { Problem } from './paper';

export interface BibEntry {
  type: string;
  key: string;
  line: number;
  /** Lower-cased field name → value with macros expanded, TeX markup still in place. */
  fields: ReadonlyMap<string, string>;
  fieldLines: ReadonlyMap<string, number>;
}

const MONTHS = 'January February March April May June July August September October November December';
/** Fields a crossref child takes from its parent when it lacks them (BibLaTeX's defaults, trimmed to what papers use). */
const INHERITED = ['author', 'year', 'date', 'month', 'journal', 'journaltitle', 'booktitle'];

/** Resolves macros, duplicates, sets and crossrefs; returns the entries that may be papers. */
export function resolveEntries(items: RawItem[], file: string, problems: Problem[]): BibEntry[] {
  // BibTeX predefines the month macros; its styles print them as full names.
  const strings = new Map<string, string>(MONTHS.split(' ').map((m) => [m.slice(0, 3).toLowerCase(), m]));
  const entries: BibEntry[] = [];
  const byKey = new Map<string, BibEntry>();
  for (const item of items) {
    const expand = (parts: RawPart[], field: string, line: number) =>
      parts
        .map((p) => {
          if (p.kind !== 'macro') return p.text;
          const value = strings.get(p.text.toLowerCase());
          if (value !== undefined) return value;
          problems.push({
            file,
            line,
            message: `Undefined @string macro "${p.text}" in ${field}; read as empty.`,
            action: 'noted',
          });
          return '';
        })
        .join('');
    if (item.kind === 'string') {
      strings.set(item.name.toLowerCase(), expand(item.parts, `@string{${item.name}}`, item.line));
      continue;
    }
    const first = item.key ? byKey.get(item.key.toLowerCase()) : undefined;
    if (first) {
      problems.push({
        file,
        line: item.line,
        message: `The key "${item.key}" was already used at line ${first.line}; this entry is kept as a work of its own.`,
        action: 'noted',
        code: 'duplicate-key',
      });
    }
    const fields = new Map<string, string>();
    const fieldLines = new Map<string, number>();
    for (const f of item.fields) {
      if (fields.has(f.name)) {
        problems.push({
          file,
          line: f.line,
          message: `Field "${f.name}" appears twice in "${item.key}"; the first is kept.`,
          action: 'noted',
        });
        continue;
      }
      fields.set(f.name, expand(f.parts, `field "${f.name}" of "${item.key}"`, f.line));
      fieldLines.set(f.name, f.line);
    }
    const entry: BibEntry = { type: item.type, key: item.key, line: item.line, fields, fieldLines };
    if (item.key && !first) byKey.set(item.key.toLowerCase(), entry);
    entries.push(entry);
  }
  return entries.flatMap((e) => settle(e, byKey, file, problems));
}

function settle(
  entry: BibEntry,
  byKey: ReadonlyMap<string, BibEntry>,
  file: string,
  problems: Problem[],
): BibEntry[] {
  if (entry.type === 'set' || entry.type === 'xdata') {
    const members = entry.fields.get('entryset');
    problems.push({
      file,
      line: entry.line,
      message: `@${entry.type}{${entry.key}} is a grouping, not a paper${members ? `; its members (${members}) are read as papers of their own` : ''}.`,
      action: 'noted',
    });
    return [];
  }
  const ref = entry.fields.get('crossref')?.trim();
  if (!ref) return [entry];
  const parent = byKey.get(ref.toLowerCase());
  if (!parent) {
    problems.push({
      file,
      line: entry.fieldLines.get('crossref') ?? entry.line,
      message: `"${entry.key}" cross-references "${ref}", which is not in the file; read without it.`,
      action: 'noted',
    });
    return [entry];
  }
  const fields = new Map(entry.fields);
  for (const name of INHERITED) {
    const value = parent.fields.get(name);
    if (value !== undefined && !fields.has(name)) fields.set(name, value);
  }
  // A child of a book-like parent sits in it: the parent's title is the child's book title.
  const parentTitle = parent.fields.get('title');
  if (!fields.has('booktitle') && parentTitle !== undefined) fields.set('booktitle', parentTitle);
  return [{ ...entry, fields }];
}
