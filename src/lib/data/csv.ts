/**
 * CSV and TSV spreadsheets of papers (Scopus, Web of Science, hand-made lists) to papers, read with
 * d3-dsv. Columns are found by header name, case-insensitively ("Title", "Authors", "Source
 * title", …). Problems carry physical line numbers: a row whose quoted cells hold newlines spans
 * several lines, so each row's first line is counted from the line breaks inside the rows before.
 */
import { dsvFormat } from 'd3-dsv';
import { canonicalCategory } from './arxiv-taxonomy';
import { parseLooseDate, partialDate, NO_DATE, type PartialDate } from './bibtex-dates';
import { asArxivId, categoryOfArxivId, cleanDoi, codeLink, findArxivId, mergeSameIds } from './bibtex-ids';
import { makePaper, type Paper, type ParseOptions, type ParseResult, type Problem } from './paper';
import { formatLastFirst, splitAuthorList } from './person-name';

/** One format id for CSV, TSV and semicolon-separated files: the delimiter is detected. */
export const FORMAT_CSV = 'csv';

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
} as const;
type Column = keyof typeof COLUMNS;

/** True for text whose first line has a comma, tab or semicolon and is not another known format. */
export function looksLikeCsv(text: string): boolean {
  const first =
    text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .split(/\r?\n/, 1)[0] ?? '';
  if (/^(?:[[{<@]|TY {1,2}-)/.test(first)) return false;
  return /[,\t;]/.test(first);
}

/** Parses CSV or TSV text into papers and problems located by physical line; never throws. */
export function parseCsv(text: string, options: ParseOptions): ParseResult {
  const file = options.file;
  const clean = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(clean);
  const problems: Problem[] = [];
  const result: ParseResult = { format: FORMAT_CSV, papers: [], problems, records: 0 };
  if (clean.trim() === '') {
    problems.push({ file, line: 1, message: 'The file is empty.', action: 'refused' });
    return result;
  }
  const rows = dsvFormat(delimiter).parseRows(clean);
  const lines = startLines(rows);
  const blank = (row: string[]) => row.every((c) => c.trim() === '');
  const top = rows.findIndex((row) => !blank(row));
  if (top < 0) {
    problems.push({ file, line: 1, message: 'The file has no header row.', action: 'refused' });
    return result;
  }
  const header = rows[top].map((h) => h.trim());
  const columns = mapColumns(header, lines[top], file, problems);
  const papers: Paper[] = [];
  const unknownCategories = new Set<string>();
  for (let i = top + 1; i < rows.length; i++) {
    const row = rows[i];
    if (blank(row)) continue;
    result.records++;
    const line = lines[i];
    const extra = row.slice(header.length);
    if (extra.some((c) => c.trim() !== '')) {
      problems.push({
        file,
        line,
        message: `Line ${line} has ${row.length} cells but the header has ${header.length}; the cells past column ${header.length} were dropped (later columns may be shifted).`,
        action: 'repaired',
      });
    }
    if (columns.title === undefined) continue;
    const cell = (c: Column) => {
      const at = columns[c];
      return at === undefined ? '' : (row[at] ?? '').trim();
    };
    const paper = csvPaper(cell, line, file, problems, unknownCategories);
    if (paper) papers.push(paper);
  }
  const last = rows.length - 1;
  // d3-dsv reads an unclosed quote to the end of the file; that leaves an odd number of quotes.
  const quotes = clean.split('"').length - 1;
  if (last > top && quotes % 2 === 1 && rows[last].some((c) => /[\r\n]/.test(c))) {
    problems.push({
      file,
      line: lines[last],
      message: `A quote opened on line ${lines[last]} is never closed; the rest of the file was read as one cell.`,
      action: 'repaired',
    });
  }
  if (columns.title === undefined) {
    problems.push({
      file,
      line: lines[top],
      message: `No title column: the header has ${header.map((h) => `"${h}"`).join(', ')}. A column named "Title" is needed.`,
      action: 'refused',
    });
  }
  result.papers = mergeSameIds(papers, problems);
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return result;
}

function detectDelimiter(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => first.split(c).length - 1;
  const tabs = count('\t');
  const commas = count(',');
  if (tabs > 0 && tabs >= commas) return '\t';
  return count(';') > commas ? ';' : ',';
}

/** The physical line each row starts on: one line per row plus the line breaks inside its cells. */
function startLines(rows: string[][]): number[] {
  const starts: number[] = [];
  let line = 1;
  for (const row of rows) {
    starts.push(line);
    line += 1;
    for (const cell of row) line += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  return starts;
}

function mapColumns(
  header: string[],
  line: number,
  file: string,
  problems: Problem[],
): Partial<Record<Column, number>> {
  const seen = new Map<string, number>();
  const columns: Partial<Record<Column, number>> = {};
  header.forEach((raw, i) => {
    const name = raw.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');
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

function csvPaper(
  cell: (c: Column) => string,
  line: number,
  file: string,
  problems: Problem[],
  unknownCategories: Set<string>,
): Paper | null {
  const title = cell('title').replace(/\s+/g, ' ');
  if (!title) {
    problems.push({ file, line, message: `Line ${line} has no title; skipped.`, action: 'skipped' });
    return null;
  }
  // Scopus's "Author full names" ("Phillips, James C. (7402220509); …") beat its initials list.
  const full = cell('fullNames');
  const names = full
    ? {
        names: full
          .split(';')
          .map((n) => formatLastFirst(n.replace(/\(\d+\)\s*$/, '')))
          .filter(Boolean),
        truncated: false,
      }
    : splitAuthorList(cell('authors'));
  const categories: string[] = [];
  for (const code of cell('categories')
    .split(/[\s,;|]+/)
    .filter(Boolean)) {
    // Case-insensitive only for dotted ids ("CS.LG"): a bare "Physics" is a subject word, not an id.
    const found = canonicalCategory(code);
    const id = found === code || code.includes('.') ? found : null;
    if (id) {
      if (!categories.includes(id)) categories.push(id);
    } else if (!unknownCategories.has(code)) {
      unknownCategories.add(code);
      problems.push({ file, line, message: `"${code}" is not an arXiv category; ignored.`, action: 'noted' });
    }
  }
  const url = cell('url') || undefined;
  const doi = cleanDoi(cell('doi')) ?? undefined;
  const arxiv =
    asArxivId(cell('arxiv')) ?? findArxivId(`${cell('arxiv')} ${url ?? ''} ${cell('doi')}`) ?? undefined;
  const oldStyle = arxiv ? categoryOfArxivId(arxiv) : null;
  if (!categories.length && oldStyle) categories.push(oldStyle);
  const code = codeLink(url);
  return makePaper({
    title,
    ...dateOf(cell, line, file, problems),
    categories,
    authors: names.names,
    authorsTruncated: names.truncated,
    abstract: cell('abstract'),
    hasCode: Boolean(code),
    venue: cell('venue'),
    links: {
      ...(arxiv ? { arxiv } : {}),
      ...(doi ? { doi } : {}),
      ...(url ? { url } : {}),
      ...(code ? { code } : {}),
    },
    source: { file, line },
  });
}

function dateOf(cell: (c: Column) => string, line: number, file: string, problems: Problem[]): PartialDate {
  const dateText = cell('date');
  const date = dateText ? parseLooseDate(dateText) : NO_DATE;
  if (dateText && !date.date) {
    problems.push({ file, line, message: `Date "${dateText}" not understood.`, action: 'noted' });
  }
  const yearText = cell('year');
  const year = /^-?\d{1,4}$/.test(yearText) ? partialDate(Number(yearText)) : NO_DATE;
  if (yearText && !year.date) {
    problems.push({ file, line, message: `Year "${yearText}" not understood.`, action: 'noted' });
  }
  return date.date && (!year.year || date.year === year.year) ? date : year.date ? year : date;
}
