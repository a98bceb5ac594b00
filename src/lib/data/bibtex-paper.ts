/**
 * One resolved BibTeX entry to a Paper: TeX to Unicode, names to display order, `date` or
 * `year`/`month`/`day` to a partial date, journal macros to names (the venue is the journal or
 * book title, else the publisher, school or institution), and `eprint` +
 * `archivePrefix`/`eprinttype` + `primaryClass`/`eprintclass` to an arXiv link and category;
 * arXiv category names among the `keywords` (as NASA ADS writes them) to further categories.
 */
import { categoriesInKeywords } from './arxiv-keywords';
import { canonicalCategory } from './arxiv-taxonomy';
import { JOURNAL_MACROS } from './bibtex-journals';
import type { BibEntry } from './bibtex-resolve';
import { bibtexExtras } from './bibtex-extras';
import { makePaper, todayIso, type Paper, type PaperLinks, type Problem } from './paper';
import { monthFromText, NO_DATE, parseLooseDate, partialDate, type PartialDate } from './partial-date';
import { asArxivId, categoryOfArxivId, cleanDoi, codeLink, findArxivId, splitGluedDoi } from './record-ids';
import { splitBibtexNames } from './source-name';
import { texToUnicode } from './tex-to-unicode';

const VENUE_FIELDS = ['journal', 'journaltitle', 'booktitle', 'publisher', 'school', 'institution'];

type Note = (field: string, message: string, action?: Problem['action'], code?: string) => void;

/** The paper an entry describes, or null (with a problem) when it has no title. */
export function bibtexPaper(
  entry: BibEntry,
  file: string,
  problems: Problem[],
  asOf: string = todayIso(),
): Paper | null {
  const get = (name: string) => entry.fields.get(name);
  const note: Note = (field, message, action = 'noted', code) =>
    problems.push({
      file,
      line: entry.fieldLines.get(field) ?? entry.line,
      message,
      action,
      ...(code ? { code } : {}),
    });
  const label = `@${entry.type}{${entry.key}}`;

  const title = joinTitle(texToUnicode(get('title') ?? ''), texToUnicode(get('subtitle') ?? ''));
  if (!title) {
    problems.push({
      file,
      line: entry.line,
      message: `${label} has no title; skipped.`,
      action: 'skipped',
      code: 'no-title',
    });
    return null;
  }
  const names = splitBibtexNames(get('author') ?? '');
  const date = dateOf(entry, label, note);
  const links = linksOf(entry, label, note);
  const categories = categoriesOf(entry, links.arxiv, label, note);
  // Books, theses and reports appear at a publisher, school or institution rather than a journal.
  const venueField = VENUE_FIELDS.find((f) => get(f) !== undefined);
  const venueRaw = venueField ? (get(venueField) ?? '') : '';
  const venue = texToUnicode(venueRaw, { commands: JOURNAL_MACROS });
  if (!venue && /\\[A-Za-z]/.test(venueRaw)) {
    const field = venueField ?? '';
    note(field, `Unknown journal macro ${venueRaw.trim()} in ${label}; venue left empty.`);
  }
  return makePaper({
    ...bibtexExtras(entry, { title, venue, links }, file, asOf, problems),
    title,
    ...date,
    categories,
    authors: names.names,
    authorsTruncated: names.truncated,
    abstract: texToUnicode(get('abstract') ?? ''),
    hasCode: Boolean(links.code),
    venue,
    links,
    source: { file, line: entry.line },
  });
}

/** BibLaTeX's "Title: Subtitle" shape, without doubling a colon the title already ends with. */
function joinTitle(title: string, subtitle: string): string {
  if (!subtitle) return title;
  return /[:.?!]$/.test(title) ? `${title} ${subtitle}` : `${title}: ${subtitle}`;
}

function dateOf(entry: BibEntry, label: string, note: Note): PartialDate {
  const rawDate = entry.fields.get('date');
  if (rawDate !== undefined) {
    const parsed = parseLooseDate(texToUnicode(rawDate, { verbatim: true }));
    if (parsed.date) return parsed;
    note('date', `Date "${rawDate.trim()}" of ${label} not understood.`, 'noted', 'date-not-understood');
  }
  const rawYear = entry.fields.get('year');
  if (rawYear === undefined) return NO_DATE;
  const year = texToUnicode(rawYear).match(/-?\d{1,4}/);
  if (!year) {
    note(
      'year',
      `Year "${rawYear.trim()}" of ${label} not understood; no date.`,
      'noted',
      'date-not-understood',
    );
    return NO_DATE;
  }
  const rawMonth = entry.fields.get('month');
  const month = rawMonth === undefined ? null : monthFromText(texToUnicode(rawMonth));
  if (rawMonth !== undefined && month === null && rawMonth.trim()) {
    note('month', `Month "${rawMonth.trim()}" of ${label} not understood; year kept.`);
  }
  // The day is its own field, or rides in the month as `jan # "~15"` → "January 15".
  const monthText = texToUnicode(rawMonth ?? '');
  const rawDay =
    entry.fields.get('day') ??
    monthText
      .match(/^[A-Za-z]+\.?\s+(\d{1,2})$|^(\d{1,2})\s+[A-Za-z]+\.?$/)
      ?.slice(1)
      .find(Boolean);
  const day = month !== null && rawDay && /^\s*\d{1,2}\s*$/.test(rawDay) ? Number(rawDay) : null;
  return partialDate(Number(year[0]), month, day);
}

function linksOf(entry: BibEntry, label: string, note: Note): PaperLinks {
  const get = (name: string) => {
    const v = entry.fields.get(name);
    return v === undefined ? undefined : texToUnicode(v, { verbatim: true });
  };
  const links: PaperLinks = {};
  let doi = get('doi');
  if (doi) {
    const glued = splitGluedDoi(cleanDoi(doi) ?? doi);
    if (glued) {
      note('doi', `Two DOIs run together in ${label} ("${doi}"); the first is kept.`, 'repaired');
      doi = glued[0];
    }
    const clean = cleanDoi(doi);
    if (clean) links.doi = clean;
    else note('doi', `DOI "${doi}" of ${label} is not a DOI; ignored.`);
  }
  const url = get('url') ?? urlIn(entry.fields.get('howpublished')) ?? get('adsurl');
  if (url) links.url = url;
  const code = codeLink(url);
  if (code) links.code = code;

  const prefix = (get('archiveprefix') ?? get('eprinttype') ?? '').toLowerCase();
  const eprint = get('eprint');
  if (eprint && (prefix === 'arxiv' || !prefix)) {
    const id = asArxivId(eprint);
    if (id) links.arxiv = id;
    else if (prefix) note('eprint', `eprint "${eprint}" of ${label} is not an arXiv id; ignored.`);
  }
  if (!links.arxiv) {
    const texts = [get('doi'), url, get('journal'), get('eid'), get('note'), get('howpublished')];
    for (const t of texts) {
      const id = t ? findArxivId(t) : null;
      if (id) {
        links.arxiv = id;
        break;
      }
    }
  }
  return links;
}

function urlIn(howpublished: string | undefined): string | undefined {
  return howpublished?.match(/\\url\{([^}]+)\}/)?.[1];
}

/** The eprint's class first, else the first category the keywords name, else the old-style id's archive. */
function categoriesOf(entry: BibEntry, arxiv: string | undefined, label: string, note: Note): string[] {
  const field = entry.fields.has('primaryclass') ? 'primaryclass' : 'eprintclass';
  const raw = entry.fields.get(field);
  let primary: string | null = null;
  if (raw !== undefined && raw.trim()) {
    primary = canonicalCategory(texToUnicode(raw, { verbatim: true }));
    if (!primary) note(field, `"${raw.trim()}" in ${label} is not an arXiv category; ignored.`);
  }
  const named = categoriesInKeywords(texToUnicode(entry.fields.get('keywords') ?? ''));
  primary ??= named[0] ?? (arxiv ? categoryOfArxivId(arxiv) : null);
  return primary ? [primary, ...named.filter((c) => c !== primary)] : named;
}
