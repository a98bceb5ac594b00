/**
 * Tells a file's format from its content (the extension only breaks ties), cheaply and without
 * loading any parser, so parsers can stay lazily loaded. Text that fits no format is null, not a
 * guess: prose with a comma is not a spreadsheet.
 */
import { isKnownColumn } from './csv-columns';
import { looksLikeProfileText } from './profile-text';

export type FormatId =
  | 'app-json'
  | 'profile-text'
  | 'bibtex'
  | 'ris'
  | 'csl-json'
  | 'csv'
  | 'arxiv-atom'
  | 'openalex'
  | 'semantic-scholar'
  | 'orcid'
  | 'arxiv-jsonl';

/** Formats told from bytes or read as a stream, outside `detectFormat` (read-binary.ts, stream/). */
export type ByteFormatId = 'parquet' | 'openalex-jsonl';

export const FORMAT_LABELS: Record<FormatId | ByteFormatId, string> = {
  'app-json': 'this app’s JSON',
  'profile-text': 'a profile page',
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
  csv: 'CSV',
  'arxiv-atom': 'arXiv API Atom',
  openalex: 'OpenAlex JSON',
  'semantic-scholar': 'Semantic Scholar JSON',
  orcid: 'ORCID works JSON',
  'arxiv-jsonl': 'arXiv metadata JSON Lines',
  'openalex-jsonl': 'OpenAlex works JSON Lines',
  parquet: 'this app’s Parquet',
};

/** The format of `text`, or null when nothing fits. `fileName` helps only for CSV versus TSV-like text. */
export function detectFormat(text: string, fileName = ''): FormatId | null {
  const head = text.slice(0, 65536).replace(/^\uFEFF/, '');
  const start = head.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return detectJson(start);
  if (start.startsWith('<')) {
    return /<feed[\s>]/.test(head) && /arxiv/i.test(head) ? 'arxiv-atom' : null;
  }
  if (/^\s*@\s*[A-Za-z]+\s*[{(]/m.test(head)) return 'bibtex';
  if (/^TY {2}- /m.test(head)) return 'ris';
  if (looksLikeProfileText(head)) return 'profile-text';
  if (/\.(csv|tsv|tab)$/i.test(fileName)) return start ? 'csv' : null;
  return looksLikeTable(start) ? 'csv' : null;
}

/** Rows a table check reads: enough to see a pattern, few enough to stay cheap. */
const TABLE_ROWS = 10;

/**
 * A header row naming a known column ("Title", "Authors", …), or a header of short names (no
 * sentence) over rows that all have as many commas, tabs or semicolons (at least one).
 */
function looksLikeTable(text: string): boolean {
  const rows = text
    .split(/\r?\n/, 200)
    .filter((l) => l.trim() !== '')
    .slice(0, TABLE_ROWS);
  if (rows.length === 0) return false;
  return [',', '\t', ';'].some((delimiter) => {
    const header = rows[0].split(delimiter);
    if (header.length < 2) return false;
    if (header.some(isKnownColumn)) return true;
    const names = header.every((h) => h.trim().split(/\s+/).length <= 4 && !/[.!?]["')]?$/.test(h.trim()));
    return names && rows.length >= 2 && rows.every((r) => r.split(delimiter).length === header.length);
  });
}

function detectJson(start: string): FormatId | null {
  if (/"format"\s*:\s*"research-trends-dashboard"/.test(start.slice(0, 512))) return 'app-json';
  const firstLine = start.split('\n', 1)[0];
  if (
    start.startsWith('{') &&
    /\n\s*\{/.test(start) &&
    /"(authors_parsed|versions|update_date)"/.test(firstLine) &&
    /"categories"/.test(firstLine)
  ) {
    return 'arxiv-jsonl';
  }
  if (/"abstract_inverted_index"|"openalex\.org|"https:\/\/openalex\.org\//.test(start)) return 'openalex';
  if (/^\{\s*"meta"\s*:/.test(start) && /"results"\s*:/.test(start)) return 'openalex';
  if (/"work-summary"|"orcid-identifier"|"external-id-type"/.test(start)) return 'orcid';
  if (/"(authorId|paperId)"\s*:/.test(start)) return 'semantic-scholar';
  if (
    /"(issued|container-title|citation-key)"\s*:|"type"\s*:\s*"(article-journal|paper-conference|book|chapter|report|thesis|webpage|article)"/.test(
      start,
    )
  ) {
    return 'csl-json';
  }
  return null;
}
