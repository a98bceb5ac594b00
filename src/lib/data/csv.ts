/**
 * CSV and TSV spreadsheets of papers (Scopus, Web of Science, hand-made lists) to papers, read with
 * d3-dsv. Columns are found by header name (`csv-columns.ts`), each row becomes a paper
 * (`csv-paper.ts`). Problems carry physical line numbers: a row whose quoted cells hold newlines
 * spans several lines, so each row's first line is counted from the line breaks inside the rows before.
 *
 *   text ─► detectDelimiter ─► d3-dsv rows ─► header ─► mapColumns ─► csvPaper per row ─► mergeSameIds
 */
import { dsvFormat } from 'd3-dsv';
import { cellReader, citationSource, mapColumns } from './csv-columns';
import { csvPaper } from './csv-paper';
import { todayIso, type Paper, type ParseOptions, type ParseResult, type Problem } from './paper';
import { undateImplausibleYears } from './plausible-year';
import { mergeSameIds } from './record-ids';

/** One format id for CSV, TSV and semicolon-separated files: the delimiter is detected. */
export const FORMAT_CSV = 'csv';

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
  const counts = { source: citationSource(header, file), asOf: options.asOf ?? todayIso() };
  for (let i = top + 1; i < rows.length; i++) {
    const row = rows[i];
    if (blank(row)) continue;
    result.records++;
    const line = lines[i];
    if (row.slice(header.length).some((c) => c.trim() !== ''))
      problems.push(extraCells(row, header, file, line));
    if (columns.title === undefined) continue;
    const paper = csvPaper(cellReader(columns, row), line, file, problems, unknownCategories, counts);
    if (paper) papers.push(paper);
  }
  const last = rows.length - 1;
  // d3-dsv reads an unclosed quote to the end of the file; that leaves an odd number of quotes.
  const quotes = clean.split('"').length - 1;
  if (last > top && quotes % 2 === 1 && rows[last].some((c) => /[\r\n]/.test(c))) {
    problems.push({
      file,
      line: lines[last],
      message: 'A quote opened on this line is never closed; the rest of the file was read as one cell.',
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
  result.papers = mergeSameIds(undateImplausibleYears(papers, options, problems), problems);
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return result;
}

function extraCells(row: string[], header: string[], file: string, line: number): Problem {
  const cells = `(${row.length}, not ${header.length})`;
  if (row.length === header.length + 1) {
    const message = `One cell more than the header ${cells}; the last cell was dropped (later cells may be one column off).`;
    return { file, line, message, action: 'repaired', code: 'extra-cell' };
  }
  const message = `${row.length - header.length} cells more than the header ${cells}; the cells past column ${header.length} were dropped (later columns may be shifted).`;
  return { file, line, message, action: 'repaired', code: 'extra-cells' };
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
