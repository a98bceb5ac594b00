/**
 * One OpenAlex work to a paper: title, authorships, publication date, DOI, the arXiv id hidden in
 * locations or DataCite DOIs, topics as `openalex:` categories, and the abstract rebuilt from its
 * inverted index (word → positions).
 */
import { reportAt } from './citations';
import { plainRichText } from './rich-text';
import { isObject, list, obj, str, type Json } from './json-helpers';
import { openAlexExtras, openAlexLinks, topicsOf } from './openalex-extras';
import { makeLinks, makePaper, todayIso, type Paper, type Problem } from './paper';
import { clipText, collapseSpaces } from './tidy-text';

/**
 * The paper a work describes, or null (with a problem) when it is not an object or has no title.
 * `asOf` dates its citation count when the work has no `updated_date`.
 */
export function openAlexPaper(
  w: unknown,
  file: string,
  record: number,
  problems: Problem[],
  asOf: string = todayIso(),
): Paper | null {
  if (!isObject(w)) {
    problems.push({ file, record, message: 'Not an object; skipped.', action: 'skipped' });
    return null;
  }
  // OpenAlex passes on Crossref's inline formatting (`<i>E. coli</i>`, `CO<sub>2</sub>`).
  const title = plainRichText(str(w.title) || str(w.display_name));
  if (!title) {
    problems.push({
      file,
      record,
      message: 'The work has no title; skipped.',
      action: 'skipped',
      code: 'no-title',
    });
    return null;
  }
  const authors = list(w.authorships)
    .map((a) => collapseSpaces(str(obj(obj(a).author).display_name) || str(obj(a).raw_author_name)))
    .filter(Boolean);
  if (authors.length === 0) {
    const message = `"${clipText(title)}" lists no authors; kept without them.`;
    problems.push({ file, record, message, action: 'noted', code: 'no-authors' });
  }
  const { date, year } = dateOf(w);
  const doi = str(w.doi).replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
  const arxiv = arxivIdOf(w, doi);
  const primary = obj(w.primary_location);
  const report = reportAt(problems, { file, record }, title);
  const { oa, code } = openAlexLinks(w);
  return makePaper({
    ...openAlexExtras(w, year, asOf, report),
    title,
    date,
    year,
    categories: topicCategories(w),
    authors,
    abstract: abstractOf(w.abstract_inverted_index),
    venue: collapseSpaces(str(obj(primary.source).display_name)),
    hasCode: Boolean(code),
    links: makeLinks({ arxiv, doi, url: str(primary.landing_page_url) || str(w.id), code, oa }),
    source: { file, record },
  });
}

function dateOf(w: Json): { date: string | null; year: number | null } {
  const day = /^\d{4}-\d{2}-\d{2}$/.exec(str(w.publication_date))?.[0];
  if (day) return { date: day, year: Number(day.slice(0, 4)) };
  const year = Number.isInteger(w.publication_year) ? (w.publication_year as number) : null;
  return { date: year === null ? null : String(year), year };
}

/** arXiv ids are not in `ids`; they show in arXiv locations and in arXiv's DataCite DOIs. */
function arxivIdOf(w: Json, doi: string): string | undefined {
  const fromDoi = /^10\.48550\/arxiv\.(.+)$/i.exec(doi)?.[1];
  if (fromDoi) return fromDoi;
  const locations = [w.primary_location, w.best_oa_location, ...list(w.locations)].map(obj);
  for (const loc of locations) {
    for (const url of [str(loc.landing_page_url), str(loc.pdf_url)]) {
      const m = /arxiv\.org\/(?:abs|pdf)\/([^?#\s]+?)(?:v\d+)?(?:\.pdf)?$/i.exec(url);
      if (m) return m[1];
    }
  }
  return undefined;
}

/** Topics as `openalex:` categories, the primary first. */
function topicCategories(w: Json): string[] {
  return topicsOf(w).map((t) => `openalex:${t.name}`);
}

/**
 * Rebuilds the text from word → positions. Positions are normally dense (0…n-1) and go straight
 * into their slots; sparse or huge ones are sorted instead, so a bogus position cannot allocate.
 */
function abstractOf(index: unknown): string {
  if (!isObject(index)) return '';
  const pairs: [number, string][] = [];
  let max = -1;
  // Object.keys, not entries: these objects have thousands of keys and entries allocates a pair for each.
  for (const word of Object.keys(index)) {
    for (const p of list(index[word])) {
      if (Number.isInteger(p) && (p as number) >= 0) {
        pairs.push([p as number, word]);
        if ((p as number) > max) max = p as number;
      }
    }
  }
  if (max < 2 * pairs.length + 16) {
    const slots: string[] = new Array(max + 1).fill('');
    for (const [p, word] of pairs) slots[p] = slots[p] ? `${slots[p]} ${word}` : word;
    return slots.filter(Boolean).join(' ');
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return pairs.map((p) => p[1]).join(' ');
}
