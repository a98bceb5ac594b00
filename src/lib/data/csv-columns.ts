/**
 * A spreadsheet's columns, found by header name case-insensitively ("Title", "Authors", "Source
 * title", …), and the cells of a row read by field.
 */
import type { Problem } from './paper';

/** Header names (lower-cased, `_`/`-` as spaces) per field; Web of Science uses two-letter tags. */
const COLUMNS = {
  title: ['title', 'document title', 'article title', 'paper title', 'ti'],
  authors: ['authors', 'author', 'author(s)', 'author names', 'creators', 'au'],
  fullNames: ['author full names', 'af'],
  year: ['year', 'publication year', 'pub year', 'py'],
  date: ['publication date', 'date', 'published', 'date published', 'published date', 'pub date'],
  categories: ['categories', 'category', 'arxiv categories', 'arxiv category', 'primary category'],
  doi: ['doi', 'di'],
  arxiv: ['arxiv', 'arxiv id', 'arxiv identifier', 'eprint'],
  abstract: ['abstract', 'summary', 'ab'],
  venue: ['source title', 'journal', 'venue', 'publication', 'publication title', 'journal title', 'so'],
  url: ['url', 'link', 'links', 'ur'],
  citedBy: [
    'cited by',
    'citations',
    'citation count',
    'cites',
    'times cited',
    'times cited, all databases',
    'z9',
    'tc',
  ],
  citationsSource: ['citations source'],
  citationsAsOf: ['citations as of'],
  keywords: ['author keywords', 'keywords', 'keyword', 'de', 'manual tags', 'tags'],
  type: ['document type', 'type', 'item type', 'publication type', 'dt'],
  extra: ['extra', 'note', 'notes'],
} as const;
export type Column = keyof typeof COLUMNS;

/** Field → index of the column that holds it. */
export type ColumnMap = Partial<Record<Column, number>>;

/** Reads the cell of each field a row has, trimmed; '' for a field without a column. */
export type CellReader = (c: Column) => string;

const headerName = (raw: string) => raw.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
const KNOWN = new Set<string>(Object.values(COLUMNS).flat());

/** True when `header` names a column this reader knows ("Title", "Authors", …): used to detect a table. */
export function isKnownColumn(header: string): boolean {
  return KNOWN.has(headerName(header.replace(/^\s*"|"\s*$/g, '')));
}

/** Which column holds each field; blank and repeated headers are reported at the header's line. */
export function mapColumns(header: string[], line: number, file: string, problems: Problem[]): ColumnMap {
  const seen = new Map<string, number>();
  const columns: ColumnMap = {};
  header.forEach((raw, i) => {
    const name = headerName(raw);
    if (!name) {
      problems.push({ file, line, message: `Column ${i + 1} has no header; ignored.`, action: 'noted' });
      return;
    }
    const first = seen.get(name);
    if (first !== undefined) {
      problems.push({
        file,
        line,
        message: `Column ${i + 1} repeats the header "${raw}" of column ${first + 1}; the first is used.`,
        action: 'noted',
      });
      return;
    }
    seen.set(name, i);
    for (const [field, aliases] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
      if (columns[field] === undefined && aliases.includes(name)) columns[field] = i;
    }
  });
  return columns;
}

/**
 * Who counted a file's citations, from its header: Scopus exports have an EID column, Web of
 * Science names its counts "Times Cited" (TC, Z9); otherwise the file itself is the source.
 */
export function citationSource(header: readonly string[], file: string): string {
  const names = new Set(header.map(headerName));
  if (names.has('eid') || (names.has('cited by') && names.has('source title'))) return 'Scopus';
  if (['times cited', 'times cited, all databases', 'z9', 'tc'].some((n) => names.has(n)))
    return 'Web of Science';
  return file;
}

/** The cells of `row` by field. */
export function cellReader(columns: ColumnMap, row: readonly string[]): CellReader {
  return (c) => {
    const at = columns[c];
    return at === undefined ? '' : (row[at] ?? '').trim();
  };
}
