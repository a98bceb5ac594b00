/**
 * The app's own export: a lossless snapshot of a collection, one paper per line so that a diff or
 * a problem's line number points at one paper.
 *
 *   {"format":"research-trends-dashboard","version":1,"profile":{…}|null,"papers":[
 *   {…paper 1…},
 *   {…paper 2…}
 *   ]}
 */
import { readExtras } from './app-json-extras';
import type { Report } from './citations';
import { cappedProblems, isObject, parseJsonText, readRecords, startRead } from './json-helpers';
import { makePaper, type Paper, type ParseOptions, type ParseResult, type Profile } from './paper';

export const FORMAT_APP_JSON = 'app-json';
const FORMAT_TAG = 'research-trends-dashboard';
const VERSION = 1;

/** What an export holds. Other fields of the argument are not written. */
export interface Collection {
  profile?: Profile | null;
  papers: readonly Paper[];
}

/** True when the text is this app's own export (used by format detection). */
export function looksLikeAppJson(text: string): boolean {
  return /^\uFEFF?\s*\{[^]{0,2000}?"format"\s*:\s*"research-trends-dashboard"/.test(text.slice(0, 2100));
}

/** Writes a collection as the app's JSON export; `parseAppJson` reads it back unchanged. */
export function serialiseCollection(collection: Collection): string {
  const head = JSON.stringify({ format: FORMAT_TAG, version: VERSION, profile: collection.profile ?? null });
  const papers = collection.papers.map((p) => JSON.stringify(p)).join(',\n');
  return `${head.slice(0, -1)},"papers":[${papers ? `\n${papers}\n` : ''}]}\n`;
}

/** Reads the app's JSON export; papers of the wrong shape are reported by record and skipped. */
export function parseAppJson(text: string, options: ParseOptions): ParseResult {
  return parseJsonText(text, options, FORMAT_APP_JSON, readExport);
}

function readExport(doc: unknown, options: ParseOptions): ParseResult {
  const { file, result, problems } = startRead(FORMAT_APP_JSON, options);
  if (!isObject(doc) || doc.format !== FORMAT_TAG || !Array.isArray(doc.papers)) {
    const message = 'Not a research-trends-dashboard export (no "format" tag or no "papers" list).';
    problems.push({ file, line: 1, message, action: 'refused' });
    return result;
  }
  if (doc.version !== VERSION) {
    const message = `Export version ${JSON.stringify(doc.version)} is not ${VERSION}; read as version ${VERSION}.`;
    problems.push({ file, line: 1, message, action: 'noted' });
  }
  // A list of thousands of problems helps nobody: past the cap only a count is kept.
  const capped = cappedProblems(problems);
  const cappedParts = cappedProblems(problems);
  readRecords(doc.papers, result, options, (raw, record) => {
    const paper = checkPaperReporting(raw, (message) =>
      cappedParts.add({
        file,
        record,
        message: `Paper ${record}: ${message}`,
        action: 'repaired',
        code: 'bad-citations',
      }),
    );
    if (typeof paper !== 'string') return paper;
    // The writer puts paper i on line i + 2; hand-edited files may not, so the record is primary.
    capped.add({ file, record, message: `Paper ${record} ${paper}; skipped.`, action: 'skipped' });
    return null;
  });
  if (capped.unlisted > 0) {
    const message = `${capped.unlisted} more papers of the wrong shape were skipped and not listed.`;
    problems.push({ file, record: doc.papers.length, message, action: 'skipped' });
  }
  if (cappedParts.unlisted > 0) {
    const message = `${cappedParts.unlisted} more citation counts or other parts were ignored and not listed.`;
    problems.push({ file, record: doc.papers.length, message, action: 'repaired' });
  }
  if (doc.profile !== null && doc.profile !== undefined) {
    const profile = checkProfile(doc.profile);
    if (profile) result.profile = profile;
    else
      problems.push({
        file,
        line: 1,
        message: 'The profile has the wrong shape; ignored.',
        action: 'skipped',
      });
  }
  return result;
}

/** The optional parts are taken only as `readExtras` checked them. */
const NO_EXTRAS = {
  citations: undefined,
  citationsByYear: undefined,
  type: undefined,
  keywords: undefined,
  topics: undefined,
};

const STRING_FIELDS = ['id', 'title', 'abstract', 'venue'] as const;
const BOOLEAN_FIELDS = ['yearInferred', 'authorsTruncated', 'hasCode'] as const;
const LIST_FIELDS = ['categories', 'guessedCategories', 'authors'] as const;

/**
 * The paper, rebuilt field by field in the model's order, or why it is not one. Optional parts
 * (citations, type, keywords, topics) that fail their checks are left out without a word;
 * `checkPaperReporting` says why.
 */
export function checkPaper(raw: unknown): Paper | string {
  return checkPaperReporting(raw, () => {});
}

/** `checkPaper`, with each optional part left out reported to `report`. */
export function checkPaperReporting(raw: unknown, report: Report): Paper | string {
  if (!isObject(raw)) return 'is not an object';
  for (const k of STRING_FIELDS) if (typeof raw[k] !== 'string') return `has no text "${k}"`;
  if (raw.title === '') return 'has an empty title';
  for (const k of BOOLEAN_FIELDS) if (typeof raw[k] !== 'boolean') return `has no true/false "${k}"`;
  for (const k of LIST_FIELDS) if (!isStringList(raw[k])) return `has no list of texts "${k}"`;
  const date = raw.date;
  if (date !== null && (typeof date !== 'string' || !/^-?\d{4}(-\d{2}(-\d{2})?)?$/.test(date)))
    return 'has a date that is not YYYY, YYYY-MM or YYYY-MM-DD';
  if (![null, 'day', 'month', 'year'].includes(raw.precision as string))
    return 'has an unknown date precision';
  if (raw.year !== null && !Number.isInteger(raw.year)) return 'has a year that is not a whole number';
  const links = raw.links;
  if (!isObject(links) || !Object.values(links).every((v) => typeof v === 'string'))
    return 'has links that are not texts';
  const source = raw.source;
  if (!isObject(source) || typeof source.file !== 'string') return 'has no source file';
  return makePaper({
    ...(raw as unknown as Paper),
    ...NO_EXTRAS,
    ...readExtras(raw, raw.year as number | null, report),
    links: { ...(links as Paper['links']) },
    source: {
      file: source.file,
      ...(Number.isInteger(source.line) ? { line: source.line as number } : {}),
      ...(Number.isInteger(source.record) ? { record: source.record as number } : {}),
    },
  });
}

export function checkProfile(raw: unknown): Profile | null {
  if (!isObject(raw)) return null;
  const { name, metrics, asOf, declaredPapers, mainCategory, source } = raw;
  if (name !== null && typeof name !== 'string') return null;
  if (typeof asOf !== 'string' || !Array.isArray(metrics)) return null;
  if (declaredPapers !== null && typeof declaredPapers !== 'number') return null;
  if (mainCategory !== null && typeof mainCategory !== 'string') return null;
  const okMetrics = metrics.every(
    (m) =>
      isObject(m) && typeof m.label === 'string' && typeof m.value === 'number' && typeof m.unit === 'string',
  );
  if (!okMetrics) return null;
  return {
    name,
    metrics: metrics.map((m) => ({ label: m.label, value: m.value, unit: m.unit })),
    asOf,
    declaredPapers,
    mainCategory,
    ...(typeof source === 'string' ? { source } : {}),
  };
}

function isStringList(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((v) => typeof v === 'string');
}
