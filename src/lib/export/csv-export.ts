/** CSV files: the rows behind a chart, and the papers of the selection (d3-dsv quoting). */
import { csvFormat } from 'd3-dsv';
import type { Paper } from '../data/paper';
import type { CsvRow } from './chart-export';

/**
 * Columns of the papers CSV, in order; lists are joined with "; " (the app's CSV import splits
 * there). `citations` is a plain count, read back as one with its source and date.
 */
export const PAPER_COLUMNS = [
  'id',
  'title',
  'authors',
  'authors_truncated',
  'year',
  'date',
  'type',
  'categories',
  'keywords',
  'venue',
  'doi',
  'arxiv',
  'url',
  'code',
  'citations',
  'citations_source',
  'citations_as_of',
  'abstract',
] as const;

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) gets a
 * leading apostrophe, the usual defence against CSV injection; numbers pass as they are.
 */
export function defuseCell<T>(value: T): T | string {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function defuseRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, defuseCell(v)]));
}

/** Rows as CSV text with a header line; columns in first-seen order. */
export function rowsToCsv(rows: readonly CsvRow[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return `${csvFormat(rows.map(defuseRow) as CsvRow[], columns)}\n`;
}

/** The papers as CSV, one row per paper. */
export function papersToCsv(papers: readonly Paper[]): string {
  const rows = papers.map((p) => ({
    id: p.id,
    title: p.title,
    authors: p.authors.join('; '),
    authors_truncated: p.authorsTruncated,
    year: p.year,
    date: p.date ?? '',
    type: p.type ?? '',
    categories: p.categories.join('; '),
    keywords: (p.keywords ?? []).join('; '),
    venue: p.venue,
    doi: p.links.doi ?? '',
    arxiv: p.links.arxiv ?? '',
    url: p.links.url ?? '',
    code: p.links.code ?? '',
    citations: p.citations?.count ?? '',
    citations_source: p.citations?.source ?? '',
    citations_as_of: p.citations?.asOf ?? '',
    abstract: p.abstract,
  }));
  return `${csvFormat(rows.map(defuseRow), [...PAPER_COLUMNS])}\n`;
}
