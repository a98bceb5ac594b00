/**
 * Identifiers found in reference records: arXiv ids (new `2101.01234v2` and old `hep-th/9108028`
 * styles), DOIs and code links, and the merging of records that share an id. Shared by the
 * BibTeX, RIS, CSL-JSON and CSV parsers.
 */
import { canonicalCategory } from './arxiv-taxonomy';
import { combineExtras } from './combine-extras';
import type { Paper, Problem } from './paper';
import { clipText } from './tidy-text';

const NEW_ID = /^(\d{2})(\d{2})\.(\d{4,5})(v\d+)?$/;
const OLD_ID = /^([a-z][a-z-]*(?:\.[A-Za-z-]{2,})?)\/(\d{7})(v\d+)?$/;

/** The arXiv id without its version when `text` is exactly one (`arXiv:` prefix allowed). */
export function asArxivId(text: string): string | null {
  const t = text
    .trim()
    .replace(/^arxiv\s*:\s*/i, '')
    .replace(/\s+/g, '');
  const neu = t.match(NEW_ID);
  if (neu) {
    const month = Number(neu[2]);
    // Five-digit numbers began in 2015 (1501); before that arXiv used four.
    const fiveDigits = Number(neu[1] + neu[2]) >= 1501;
    if (month < 1 || month > 12 || (neu[3].length === 5) !== fiveDigits) return null;
    return `${neu[1]}${neu[2]}.${neu[3]}`;
  }
  const old = t.match(OLD_ID);
  // "math.GT/0309136" names a subject class, but the id itself is "math/0309136".
  if (old && canonicalCategory(old[1])) return `${old[1].split('.')[0]}/${old[2]}`;
  return null;
}

const IN_TEXT =
  /arxiv(?:\.org\/(?:abs|pdf|html)\/|\s*[:.]\s*|\s+)((?:\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Za-z-]{2,})?\/\d{7})(?:v\d+)?)/i;

/**
 * An arXiv id mentioned in free text, a URL or a DOI: "arXiv:1502.01589", "arxiv.org/abs/…",
 * "10.48550/arXiv.1912.06970". Bare numbers without "arxiv" nearby are not taken.
 */
export function findArxivId(text: string): string | null {
  const m = text.match(IN_TEXT);
  return m ? asArxivId(m[1]) : null;
}

/** The primary category arXiv prints after an id, as in "arXiv:2101.00001 [cs.LG]"; null if none. */
export function findArxivCategory(text: string): string | null {
  const m = text.match(/arxiv\s*:\s*[\w./-]+\s*\[([a-z-]+(?:\.[A-Za-z-]+)?)\]/i);
  return m ? canonicalCategory(m[1]) : null;
}

/** The category an old-style id names (`hep-th/9108028` → hep-th), or null for new-style ids. */
export function categoryOfArxivId(id: string): string | null {
  const slash = id.indexOf('/');
  return slash > 0 ? canonicalCategory(id.slice(0, slash)) : null;
}

const DOI = /^10\.\d{4,9}\/\S+$/;

/** A bare DOI from "doi:10…", "https://doi.org/10…" or "10…"; null when it is not one. */
export function cleanDoi(text: string): string | null {
  const t = text
    .trim()
    .replace(/^(?:doi\s*:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i, '')
    .replace(/[.,;]+$/, '');
  return DOI.test(t) ? t : null;
}

/**
 * Splits two DOIs run together, as NASA ADS sometimes exports them
 * (`10.1140/epjc/s10052-020-7683-610.48550/arXiv.1912.06970`); null when there is only one.
 */
export function splitGluedDoi(doi: string): [string, string] | null {
  const m = doi.match(/^(10\.\d{4,9}\/.+?)(10\.\d{4,9}\/.+)$/);
  return m ? [m[1], m[2]] : null;
}

const CODE_HOSTS = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)\//i;

/** The URL when it points at a code host (GitHub, GitLab, …), else undefined. */
export function codeLink(url: string | undefined): string | undefined {
  return url && CODE_HOSTS.test(url) ? url : undefined;
}

/**
 * arXiv authors announce code in the comment field ("code at https://github.com/…"). A URL is
 * taken when it points at a code host, or when it is the only one in a comment that mentions code.
 */
export function codeInComment(comment: string): { hasCode: boolean; url?: string } {
  if (!/github|gitlab|\bcode\b/i.test(comment)) return { hasCode: false };
  const urls = comment.match(/https?:\/\/[^\s,;)\]}>"']+/g) ?? [];
  const trimmed = urls.map((u) => u.replace(/[.:]+$/, ''));
  const hosted = trimmed.find((u) => /github|gitlab|bitbucket|codeberg/i.test(u));
  return { hasCode: true, url: hosted ?? (trimmed.length === 1 ? trimmed[0] : undefined) };
}

/**
 * Keeps one paper per id: a later record of the same work (a second key for one DOI, a preprint
 * and its published entry under one arXiv id) is merged into the first, filling what the first
 * lacks, and reported. Downstream views key papers by id, so ids must be unique within a file.
 */
export function mergeSameIds(papers: Paper[], problems: Problem[]): Paper[] {
  const byId = new Map<string, number>();
  const out: Paper[] = [];
  for (const p of papers) {
    const at = byId.get(p.id);
    if (at === undefined) {
      byId.set(p.id, out.length);
      out.push(p);
      continue;
    }
    const first = out[at];
    out[at] = fillFrom(first, p);
    const where = (q: Paper) => (q.source.line ? `line ${q.source.line}` : `record ${q.source.record}`);
    problems.push({
      file: p.source.file,
      ...(p.source.line ? { line: p.source.line } : { record: p.source.record }),
      message: `"${clipText(p.title)}" is the same paper (${p.id}) as the one at ${where(first)}; merged into it.`,
      action: 'noted',
      code: 'same-paper',
    });
  }
  return out;
}

function fillFrom(first: Paper, later: Paper): Paper {
  const betterAuthors =
    later.authors.length > first.authors.length && (first.authorsTruncated || first.authors.length === 0);
  return {
    ...first,
    ...combineExtras(first, later),
    date: first.date ?? later.date,
    precision: first.date ? first.precision : later.precision,
    year: first.year ?? later.year,
    categories: first.categories.length ? first.categories : later.categories,
    authors: betterAuthors ? later.authors : first.authors,
    authorsTruncated: betterAuthors ? later.authorsTruncated : first.authorsTruncated,
    abstract: first.abstract || later.abstract,
    venue: first.venue || later.venue,
    hasCode: first.hasCode || later.hasCode,
    links: { ...later.links, ...first.links },
  };
}
