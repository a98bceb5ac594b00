/**
 * One record of the arXiv metadata snapshot to a paper: the date of the first version (or the month
 * the id tells), categories, authors from `authors_parsed`, DOI and a code link from the comments.
 */
import { canonicalCategory } from './arxiv-taxonomy';
import { isObject, type Json } from './json-helpers';
import { makePaper, type Paper, type Problem } from './paper';
import { codeInComment } from './record-ids';
import { collapseSpaces } from './tidy-text';

const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

/** Reports a problem at the current line. */
export type LineProblem = (message: string, action: Problem['action'], code?: string) => void;

/**
 * The paper a parsed line describes, or null (with a problem) without an id or title.
 * `categoryCache` maps category strings to ids across the lines of one file.
 */
export function arxivJsonlPaper(
  value: unknown,
  file: string,
  line: number,
  categoryCache: Map<string, string[]>,
  problem: LineProblem,
): Paper | null {
  if (!isObject(value)) {
    problem('Not a JSON object; skipped.', 'skipped');
    return null;
  }
  const r = value;
  const id = typeof r.id === 'string' ? r.id.trim() : '';
  const title = typeof r.title === 'string' ? collapseSpaces(r.title) : '';
  if (!id || !title) {
    problem(`No ${id ? 'title' : 'arXiv id'}; skipped.`, 'skipped', id ? 'no-title' : undefined);
    return null;
  }
  let date = firstVersionDate(r.versions);
  if (!date) {
    date = dateFromId(id);
    const kept = date ? `the month ${date} was read from the id` : 'kept without a date';
    problem(`${id} has no date of its first version; ${kept}.`, 'repaired');
  }
  const cats = typeof r.categories === 'string' ? r.categories : '';
  let categories = categoryCache.get(cats);
  if (!categories) {
    // Few distinct category strings recur across millions of lines: resolve each once.
    categories = [
      ...new Set(
        cats
          .split(/\s+/)
          .filter(Boolean)
          .map((c) => canonicalCategory(c) ?? c),
      ),
    ];
    if (categoryCache.size < 100_000) categoryCache.set(cats, categories);
  }
  const doi = typeof r.doi === 'string' ? r.doi.trim().split(/\s+/)[0] : '';
  const code = typeof r.comments === 'string' ? codeInComment(r.comments) : { hasCode: false };
  return makePaper({
    title,
    date,
    precision: date ? (date.length === 10 ? 'day' : 'month') : null,
    categories,
    authors: authorsOf(r),
    abstract: typeof r.abstract === 'string' ? collapseSpaces(r.abstract) : '',
    hasCode: code.hasCode,
    venue: typeof r['journal-ref'] === 'string' ? collapseSpaces(r['journal-ref']) : '',
    links: {
      arxiv: id,
      url: `https://arxiv.org/abs/${id}`,
      ...(doi ? { doi } : {}),
      ...(code.url ? { code: code.url } : {}),
    },
    source: { file, line },
  });
}

/** `authors_parsed` is cleaner (TeX accents decoded); the raw `authors` string is the fallback. */
function authorsOf(r: Json): string[] {
  const parsed = r.authors_parsed;
  if (Array.isArray(parsed)) {
    const out: string[] = [];
    // A plain loop: this runs for every author of millions of papers.
    for (let i = 0; i < parsed.length; i++) {
      const a: unknown = parsed[i];
      if (!Array.isArray(a)) continue;
      let name = typeof a[1] === 'string' ? a[1].trim() : '';
      const last = typeof a[0] === 'string' ? a[0].trim() : '';
      const suffix = typeof a[2] === 'string' ? a[2].trim() : '';
      if (last) name = name ? `${name} ${last}` : last;
      if (suffix) name = name ? `${name} ${suffix}` : suffix;
      if (name) out.push(name);
    }
    return out;
  }
  if (typeof r.authors !== 'string') return [];
  return r.authors
    .split(/\s*,\s*|\s+and\s+/)
    .map(collapseSpaces)
    .filter(Boolean);
}

/** "Mon, 2 Apr 2007 19:18:42 GMT" → 2007-04-02, read by hand: Date.parse would apply local time. */
function firstVersionDate(versions: unknown): string | null {
  if (!Array.isArray(versions) || versions.length === 0) return null;
  const v = versions[0] as Json | null;
  const created = v && typeof v.created === 'string' ? v.created : '';
  const m = /(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})/.exec(created);
  const month = m ? MONTHS.indexOf(m[2]) : -1;
  if (!m || month < 0 || month % 3 !== 0) return null;
  return `${m[3]}-${String(month / 3 + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/** The id tells the month of submission: 0704.0001 and hep-ph/0703001 are April 2007. */
function dateFromId(id: string): string | null {
  const m = /^(?:[a-z-]+(?:\.[A-Z]{2})?\/)?(\d{2})(\d{2})[.\d]/.exec(id);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  const yy = Number(m[1]);
  return `${yy >= 91 ? 1900 + yy : 2000 + yy}-${m[2]}`;
}
