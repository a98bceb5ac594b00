/**
 * One ORCID work to a paper. A work is the group of its summaries by several sources (Crossref,
 * Scopus, the person); each summary's title, date, identifiers and venue are read here.
 */
import { list, obj, str, type Json } from './json-helpers';
import { makeLinks, makePaper, type Paper, type Problem } from './paper';
import { clipText, collapseSpaces } from './tidy-text';
import { workTypeOf } from './work-types';

/** One paper from a group's summaries: the richest one leads, the others fill its gaps. */
export function orcidPaper(
  summaries: Json[],
  file: string,
  record: number,
  problems: Problem[],
): Paper | null {
  // Richest first; between equals the most recently modified, which is usually the corrected one.
  const ranked = [...summaries].sort((a, b) => richness(b) - richness(a) || modified(b) - modified(a));
  const titles = ranked.map((s) => collapseSpaces(str(obj(obj(s.title).title).value))).filter(Boolean);
  // Several sources shout in capitals; a mixed-case spelling of the same title reads better.
  const title = titles.find((t) => t !== t.toUpperCase()) ?? titles[0];
  if (!title) {
    const message = 'The work has no title; skipped.';
    problems.push({ file, record, message, action: 'skipped', code: 'no-title' });
    return null;
  }
  const dates = ranked.map((s) => dateOf(s['publication-date'])).filter((d) => d !== null);
  const date = dates.sort((a, b) => b.length - a.length)[0] ?? null;
  if (!date) {
    const message = `"${clipText(title)}" has no publication date; kept without one.`;
    problems.push({ file, record, message, action: 'noted', code: 'no-date' });
  }
  const url = ranked.map((s) => str(obj(s.url).value)).find(Boolean);
  const doi = doiOf(ranked);
  const arxiv = externalId(ranked, 'arxiv').replace(/^arxiv:/i, '');
  const venue = ranked.map((s) => collapseSpaces(str(obj(s['journal-title']).value))).find(Boolean) ?? '';
  const authors = ranked
    .map((s) => list(obj(s.contributors).contributor))
    .find((c) => c.length > 0)
    ?.map((c) => collapseSpaces(str(obj(obj(c)['credit-name']).value)))
    .filter(Boolean);
  const type = ranked.map((s) => workTypeOf(str(s.type))).find(Boolean);
  return makePaper({
    ...(type ? { type } : {}),
    title,
    date,
    authors: authors ?? [],
    abstract: collapseSpaces(ranked.map((s) => str(s['short-description'])).find(Boolean) ?? ''),
    venue,
    links: makeLinks({ arxiv, doi, url }),
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
export function doiOf(summaries: Json[]): string {
  const fromIds = externalId(summaries, 'doi').replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
  if (fromIds) return fromIds;
  for (const s of summaries) {
    const m = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\S+)$/i.exec(str(obj(s.url).value).trim());
    if (m) return m[1];
  }
  return '';
}
