/**
 * CSL-JSON (Zotero, Pandoc, citeproc, Crossref content negotiation) to papers. Accepts an array of
 * items, one item, or a Crossref API envelope (`{message: item}` / `{message: {items}}`). Problems
 * name the 1-based record index, since JSON has no useful line per item.
 */
import { parseLooseDate, partialDate, NO_DATE, type PartialDate } from './bibtex-dates';
import {
  asArxivId,
  categoryOfArxivId,
  cleanDoi,
  codeLink,
  findArxivCategory,
  findArxivId,
  mergeSameIds,
} from './bibtex-ids';
import { makePaper, type Paper, type ParseOptions, type ParseResult, type Problem } from './paper';
import { tidyInitials } from './person-name';

export const FORMAT_CSL_JSON = 'csl-json';

type Item = Record<string, unknown>;

const CSL_TYPES =
  /"type"\s*:\s*"(?:article-journal|article|paper-conference|chapter|book|report|thesis|manuscript|webpage|dataset|software|speech|entry-encyclopedia|post-weblog|article-magazine|article-newspaper)"/;

/** True for JSON that carries CSL's own keys and none of the other APIs' (OpenAlex, S2, ORCID). */
export function looksLikeCslJson(text: string): boolean {
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 65536);
  if (!/^[[{]/.test(head) || /"(?:authorships|paperId|work-summary)"/.test(head)) return false;
  return /"(?:date-parts|container-title|citation-key)"/.test(head) || CSL_TYPES.test(head);
}

/** Parses CSL-JSON text; a JSON syntax error is one refused problem with its line. */
export function parseCslJson(text: string, options: ParseOptions): ParseResult {
  const clean = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(clean);
  } catch (error) {
    const result: ParseResult = { format: FORMAT_CSL_JSON, papers: [], problems: [], records: 0 };
    const message = error instanceof Error ? error.message : String(error);
    const pos = errorOffset(message, clean);
    const line = clean.slice(0, pos).split('\n').length;
    result.problems.push({
      file: options.file,
      line,
      message: clean.trim() ? `Not valid JSON: ${message}` : 'The file is empty.',
      action: 'refused',
    });
    return result;
  }
  return parseCslJsonValue(value, options);
}

/**
 * Where JSON.parse stopped. V8 gives "at position N" for some errors; for others it quotes the text
 * around the bad token ("Unexpected token '}', ...\"le\": }\" is not valid JSON"), found here.
 */
function errorOffset(message: string, text: string): number {
  const pos = message.match(/position (\d+)/);
  if (pos) return Number(pos[1]);
  if (/end of JSON input/.test(message)) return text.length;
  const quoted = message.match(/"(?:\.\.\.)?([\s\S]*?)(?:\.\.\.)?" is not valid JSON/)?.[1] ?? '';
  const at = quoted ? text.indexOf(quoted) : -1;
  if (at < 0) return 0;
  const token = message.match(/token '(.)'/)?.[1];
  const within = token ? quoted.lastIndexOf(token) : 0;
  return at + Math.max(0, within);
}

/** Parses already-decoded CSL-JSON (an array, one item, or a Crossref envelope). */
export function parseCslJsonValue(value: unknown, options: ParseOptions): ParseResult {
  const file = options.file;
  const problems: Problem[] = [];
  const result: ParseResult = { format: FORMAT_CSL_JSON, papers: [], problems, records: 0 };
  const items = itemsOf(value);
  if (!items) {
    problems.push({
      file,
      record: 1,
      message: 'This JSON is not CSL-JSON: expected an array of items, or one item with a "title".',
      action: 'refused',
    });
    return result;
  }
  result.records = items.length;
  const papers = items.flatMap((item, i) => {
    const p = cslPaper(item, i + 1, file, problems);
    return p ? [p] : [];
  });
  result.papers = mergeSameIds(papers, problems);
  return result;
}

function isItem(v: unknown): v is Item {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function itemsOf(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (!isItem(value)) return null;
  const message = value.message;
  if (isItem(message)) return Array.isArray(message.items) ? message.items : [message];
  if (Array.isArray(value.items)) return value.items;
  return 'title' in value || 'type' in value ? [value] : null;
}

function cslPaper(raw: unknown, record: number, file: string, problems: Problem[]): Paper | null {
  const skip = (message: string) => {
    problems.push({ file, record, message, action: 'skipped' });
    return null;
  };
  if (!isItem(raw)) return skip(`Record ${record} is not an object; skipped.`);
  const title = plain(firstText(raw.title));
  if (!title) return skip(`Record ${record} has no title; skipped.`);
  const { names, truncated } = namesOf(raw.author);
  const date = dateOf(raw, record, file, problems);
  const doi = cleanDoi(firstText(raw.DOI)) ?? undefined;
  const url = firstText(raw.URL) || undefined;
  const texts = [raw.number, raw.URL, raw.note, raw.DOI, raw.archive_location, raw.id].map(firstText);
  const arxiv =
    (/arxiv/i.test(firstText(raw.archive)) ? asArxivId(firstText(raw.archive_location)) : null) ??
    texts.map(findArxivId).find(Boolean) ??
    (/arxiv/i.test(firstText(raw.publisher) + firstText(raw['container-title']))
      ? asArxivId(firstText(raw.number))
      : null) ??
    undefined;
  const category = texts.map(findArxivCategory).find(Boolean) ?? (arxiv ? categoryOfArxivId(arxiv) : null);
  const code = codeLink(url);
  return makePaper({
    title,
    ...date,
    categories: category ? [category] : [],
    authors: names,
    authorsTruncated: truncated,
    abstract: plain(firstText(raw.abstract)),
    hasCode: Boolean(code),
    venue: plain(firstText(raw['container-title'])),
    links: {
      ...(arxiv ? { arxiv } : {}),
      ...(doi ? { doi } : {}),
      ...(url ? { url } : {}),
      ...(code ? { code } : {}),
    },
    source: { file, record },
  });
}

/** A string field, or the first string of an array field (Crossref writes `title: ["…"]`). */
function firstText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(firstText).find(Boolean) ?? '';
  return '';
}

/** Drops the JATS/HTML markup Crossref puts in titles and abstracts (`<jats:p>`, `<i>`). */
function plain(text: string): string {
  return (
    text
      // `[^<>]`, not `[^>]`: a run of unclosed "<" must not be rescanned from each one.
      .replace(/<[^<>]*>/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

const TRUNCATION = /^(?:et\.?\s*al\.?|others|\.\.\.|…)$/i;

function namesOf(authors: unknown): { names: string[]; truncated: boolean } {
  const names: string[] = [];
  let truncated = false;
  for (const a of Array.isArray(authors) ? authors : []) {
    if (!isItem(a)) continue;
    const literal = firstText(a.literal) || firstText(a.name);
    const parts = [a.given, a['dropping-particle'], a['non-dropping-particle'], a.family].map(firstText);
    let name = literal || parts.filter(Boolean).join(' ');
    const suffix = firstText(a.suffix);
    if (suffix && !literal) name += ` ${suffix}`;
    name = tidyInitials(name);
    if (TRUNCATION.test(name)) truncated = true;
    else if (name) names.push(name);
  }
  return { names, truncated };
}

/** `issued` (or Crossref's print/online dates) in any of CSL's forms; the start of a range. */
function dateOf(item: Item, record: number, file: string, problems: Problem[]): PartialDate {
  for (const key of ['issued', 'published-print', 'published-online']) {
    const v = item[key];
    if (v === undefined || v === null) continue;
    const d = cslDate(v);
    if (d.date) return d;
    problems.push({
      file,
      record,
      message: `The ${key} date of record ${record} (${JSON.stringify(v).slice(0, 60)}) is not understood.`,
      action: 'noted',
    });
  }
  return NO_DATE;
}

function cslDate(v: unknown): PartialDate {
  if (typeof v === 'string' || typeof v === 'number') return parseLooseDate(String(v));
  if (!isItem(v)) return NO_DATE;
  const parts = Array.isArray(v['date-parts']) ? v['date-parts'][0] : undefined;
  if (Array.isArray(parts) && parts.length > 0) {
    // Parts may be strings ("2015"); months 13–16 and 21–24 are seasons, which partialDate drops.
    const [y, m, d] = parts.map((p) => (p === null || p === '' ? NaN : Number(p)));
    if (Number.isInteger(y))
      return partialDate(y, Number.isInteger(m) ? m : null, Number.isInteger(d) ? d : null);
  }
  for (const key of ['raw', 'literal']) {
    const text = firstText(v[key]);
    if (text) return parseLooseDate(text);
  }
  return NO_DATE;
}
