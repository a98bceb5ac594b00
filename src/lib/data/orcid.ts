/**
 * ORCID public API v3 JSON: `/works` (`{group: [{'work-summary': [...]}]}`), `/activities` and
 * `/record` (the same groups, plus the person's name in a record), `/works/{put-codes}` bulk
 * (`{bulk: [{work}]}`) or one full `work`. A group is one work as claimed by several sources
 * (Crossref, Scopus, the person); its summaries are merged into one paper. Summaries carry no
 * contributors, so their papers have no authors.
 */
import { readJson } from './app-json';
import {
  emptyProfile,
  makePaper,
  todayIso,
  type Paper,
  type ParseOptions,
  type ParseResult,
  type Problem,
} from './paper';

export const FORMAT_ORCID = 'orcid';

type Json = Record<string, unknown>;

/** True when the text looks like an ORCID API response (used by format detection). */
export function looksLikeOrcid(text: string): boolean {
  const head = text.slice(0, 8000);
  return (
    /^\uFEFF?\s*\{/.test(head) &&
    /"(work-summary|put-code|orcid-identifier|activities-summary|external-id-type)"\s*:/.test(head)
  );
}

/** Parses an ORCID v3 JSON response; never throws. */
export function parseOrcid(text: string, options: ParseOptions): ParseResult {
  const file = options.file;
  const problems: Problem[] = [];
  const result: ParseResult = { format: FORMAT_ORCID, papers: [], problems, records: 0 };
  const read = readJson(text, file);
  if ('problem' in read) {
    problems.push(read.problem);
    return result;
  }
  const doc = obj(read.value);
  const works = obj(obj(doc['activities-summary']).works);
  const groups: unknown[][] | null = Array.isArray(doc.group)
    ? doc.group.map((g) => list(obj(g)['work-summary']))
    : Array.isArray(works.group)
      ? works.group.map((g) => list(obj(g)['work-summary']))
      : Array.isArray(doc.bulk)
        ? doc.bulk.map((b) => [obj(b).work].filter(Boolean))
        : isObject(doc.title) && 'put-code' in doc
          ? [[doc]]
          : null;
  const name = personName(obj(doc.person ?? (isObject(doc.name) ? { name: doc.name } : {})));
  if (name) result.profile = { ...emptyProfile(options.asOf ?? todayIso()), name };
  if (!groups) {
    if (!name) {
      const message = 'Not an ORCID response: expected works (group / work-summary) or a record.';
      problems.push({ file, record: 1, message, action: 'refused' });
    }
    return result;
  }
  result.records = groups.length;
  for (const work of mergeByDoi(groups, file, problems)) {
    const paper = toPaper(work.summaries, file, work.record, problems);
    if (paper) result.papers.push(paper);
  }
  if (result.papers.length > 0 && result.papers.every((p) => p.authors.length === 0)) {
    const message = 'ORCID work summaries list no authors; the papers are kept without them.';
    problems.push({ file, record: 1, message, action: 'noted' });
  }
  return result;
}

/**
 * ORCID groups summaries by shared identifiers, so a summary that lacks the DOI (but links to it)
 * lands in a group of its own. Groups with the same DOI are one work.
 */
function mergeByDoi(groups: unknown[][], file: string, problems: Problem[]) {
  const works: { record: number; summaries: Json[] }[] = [];
  const byDoi = new Map<string, { record: number; summaries: Json[] }>();
  groups.forEach((group, i) => {
    const summaries = group.filter(isObject);
    const doi = doiOf(summaries).toLowerCase();
    const earlier = doi ? byDoi.get(doi) : undefined;
    if (earlier) {
      earlier.summaries.push(...summaries);
      const message = `Work ${i + 1} has the same DOI as work ${earlier.record} (${doi}); merged.`;
      problems.push({ file, record: i + 1, message, action: 'repaired' });
      return;
    }
    const work = { record: i + 1, summaries };
    works.push(work);
    if (doi) byDoi.set(doi, work);
  });
  return works;
}

/** One paper from a group's summaries: the richest one leads, the others fill its gaps. */
function toPaper(summaries: Json[], file: string, record: number, problems: Problem[]): Paper | null {
  // Richest first; between equals the most recently modified, which is usually the corrected one.
  const ranked = [...summaries].sort((a, b) => richness(b) - richness(a) || modified(b) - modified(a));
  const titles = ranked.map((s) => collapse(str(obj(obj(s.title).title).value))).filter(Boolean);
  // Several sources shout in capitals; a mixed-case spelling of the same title reads better.
  const title = titles.find((t) => t !== t.toUpperCase()) ?? titles[0];
  if (!title) {
    const message = `Work ${record} has no title; skipped.`;
    problems.push({ file, record, message, action: 'skipped' });
    return null;
  }
  const dates = ranked.map((s) => dateOf(s['publication-date'])).filter((d) => d !== null);
  const date = dates.sort((a, b) => b.length - a.length)[0] ?? null;
  if (!date) {
    const message = `Work ${record} ("${clip(title)}") has no publication date; kept without one.`;
    problems.push({ file, record, message, action: 'noted' });
  }
  const url = ranked.map((s) => str(obj(s.url).value)).find(Boolean);
  const doi = doiOf(ranked);
  const arxiv = externalId(ranked, 'arxiv').replace(/^arxiv:/i, '');
  const venue = ranked.map((s) => collapse(str(obj(s['journal-title']).value))).find(Boolean) ?? '';
  const authors = ranked
    .map((s) => list(obj(s.contributors).contributor))
    .find((c) => c.length > 0)
    ?.map((c) => collapse(str(obj(obj(c)['credit-name']).value)))
    .filter(Boolean);
  return makePaper({
    title,
    date,
    authors: authors ?? [],
    abstract: collapse(ranked.map((s) => str(s['short-description'])).find(Boolean) ?? ''),
    venue,
    links: { ...(arxiv ? { arxiv } : {}), ...(doi ? { doi } : {}), ...(url ? { url } : {}) },
    source: { file, record },
  });
}

/** How much a summary tells: date precision, venue, identifiers, link. */
function richness(s: Json): number {
  const date = dateOf(s['publication-date']);
  return (
    (date ? date.length / 3 : 0) +
    (str(obj(s['journal-title']).value) ? 2 : 0) +
    list(obj(s['external-ids'])['external-id']).filter(
      (e) => obj(e)['external-id-relationship'] !== 'part-of',
    ).length +
    (str(obj(s.url).value) ? 1 : 0)
  );
}

function modified(s: Json): number {
  const value = obj(s['last-modified-date']).value;
  return typeof value === 'number' ? value : 0;
}

/** `{year: {value: "2014"}, month: {value: "07"} | null, day: null}` → `2014-07`. */
function dateOf(raw: unknown): string | null {
  const d = obj(raw);
  const part = (k: string) => str(obj(d[k]).value).trim();
  const year = part('year');
  if (!/^\d{4}$/.test(year)) return null;
  const month = part('month').padStart(2, '0');
  if (!/^(0[1-9]|1[0-2])$/.test(month)) return year;
  const day = part('day').padStart(2, '0');
  return /^(0[1-9]|[12]\d|3[01])$/.test(day) ? `${year}-${month}-${day}` : `${year}-${month}`;
}

/** The work's own identifier of a type; `part-of` ids (the journal's ISSN, a book's DOI) are not. */
function externalId(summaries: Json[], type: string): string {
  const ids = summaries.flatMap((s) => list(obj(s['external-ids'])['external-id']).map(obj));
  const ofType = ids.filter((e) => str(e['external-id-type']).toLowerCase() === type);
  const own = ofType.find((e) => e['external-id-relationship'] !== 'part-of');
  return str(own?.['external-id-value']).trim();
}

/** The DOI from the identifiers, or from a link to doi.org when a source gave only that. */
function doiOf(summaries: Json[]): string {
  const fromIds = externalId(summaries, 'doi').replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
  if (fromIds) return fromIds;
  for (const s of summaries) {
    const m = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\S+)$/i.exec(str(obj(s.url).value).trim());
    if (m) return m[1];
  }
  return '';
}

function personName(person: Json): string | null {
  const n = obj(person.name);
  const credit = collapse(str(obj(n['credit-name']).value));
  const full = collapse(`${str(obj(n['given-names']).value)} ${str(obj(n['family-name']).value)}`);
  return credit || full || null;
}

function isObject(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function obj(x: unknown): Json {
  return isObject(x) ? x : {};
}

function list(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

function str(x: unknown): string {
  return typeof x === 'string' ? x : '';
}

/** Whitespace runs to one space; single spaces are not matched, which is several times faster. */
function collapse(s: string): string {
  return s.replace(/(?: \s|[^\S ])\s*/g, ' ').trim();
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
