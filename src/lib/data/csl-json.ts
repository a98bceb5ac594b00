/**
 * CSL-JSON (Zotero, Pandoc, citeproc, Crossref content negotiation) to papers. Accepts an array of
 * items, one item, or a Crossref API envelope (`{message: item}` / `{message: {items}}`). Problems
 * name the 1-based record index, since JSON has no useful line per item.
 */
import { authorNames, cslExtras, firstText, issuedDate } from './csl-fields';
import { plainRichText } from './rich-text';
import { isObject, readRecords } from './json-helpers';
import {
  makeLinks,
  makePaper,
  todayIso,
  type Paper,
  type ParseOptions,
  type ParseResult,
  type Problem,
} from './paper';
import {
  asArxivId,
  categoryOfArxivId,
  cleanDoi,
  codeLink,
  findArxivCategory,
  findArxivId,
  mergeSameIds,
} from './record-ids';

export const FORMAT_CSL_JSON = 'csl-json';

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
  const asOf = options.asOf ?? todayIso();
  readRecords(items, result, options, (item, record) => cslPaper(item, record, file, asOf, problems));
  result.papers = mergeSameIds(result.papers, problems);
  return result;
}

function itemsOf(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (!isObject(value)) return null;
  const message = value.message;
  if (isObject(message)) return Array.isArray(message.items) ? message.items : [message];
  if (Array.isArray(value.items)) return value.items;
  return 'title' in value || 'type' in value ? [value] : null;
}

function cslPaper(
  raw: unknown,
  record: number,
  file: string,
  asOf: string,
  problems: Problem[],
): Paper | null {
  const skip = (message: string, code?: string) => {
    problems.push({ file, record, message, action: 'skipped', ...(code ? { code } : {}) });
    return null;
  };
  if (!isObject(raw)) return skip('Not an object; skipped.');
  const title = plainRichText(firstText(raw.title));
  if (!title) return skip('The item has no title; skipped.', 'no-title');
  const { names, truncated } = authorNames(raw.author);
  const date = issuedDate(raw, record, file, problems);
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
  const extras = cslExtras(raw, title, { file, record }, asOf, problems);
  return makePaper({
    ...extras,
    title,
    ...date,
    categories: [...new Set([...(category ? [category] : []), ...extras.categories])],
    authors: names,
    authorsTruncated: truncated,
    abstract: plainRichText(firstText(raw.abstract)),
    hasCode: Boolean(code),
    venue: plainRichText(firstText(raw['container-title'])),
    links: makeLinks({ arxiv, doi, url, code }),
    source: { file, record },
  });
}
