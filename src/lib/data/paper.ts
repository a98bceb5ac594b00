/**
 * The app's data model. Every parser turns its format into these shapes; nothing downstream
 * knows a raw format. Papers are plain immutable records.
 */

export type DatePrecision = 'day' | 'month' | 'year';

export interface PaperLinks {
  arxiv?: string;
  doi?: string;
  url?: string;
  code?: string;
  /** A free full text (OpenAlex's open-access location). */
  oa?: string;
}

/** How often a paper was cited, by whom counted and when. */
export interface Citations {
  /** Whole number, 0 to 10^6 (parsers report and drop anything else). */
  readonly count: number;
  /** Who counted: "OpenAlex", "Semantic Scholar", "Scopus", or the file the count came from. */
  readonly source: string;
  /** The day the count was true, ISO `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Semantic Scholar's "influential citations", when the source gives them. */
  readonly influential?: number;
}

/** An OpenAlex topic with the subfield, field and domain it sits in. */
export interface Topic {
  readonly name: string;
  readonly subfield?: string;
  readonly field?: string;
  readonly domain?: string;
}

/** What kind of work a record is, in one vocabulary for every source (see `work-types.ts`). */
export type WorkType =
  | 'article'
  | 'preprint'
  | 'conference'
  | 'book'
  | 'chapter'
  | 'thesis'
  | 'report'
  | 'review'
  | 'dataset'
  | 'software'
  | 'other';

export interface Paper {
  /** Stable across loads: `arxiv:…`, `doi:…`, or `t:` + a hash of the normalised title and year. */
  readonly id: string;
  readonly title: string;
  /** ISO date cut to its precision: `2022-04-19`, `2022-04` or `2022`; null when unknown. */
  readonly date: string | null;
  readonly precision: DatePrecision | null;
  readonly year: number | null;
  /** The year was not in the source and was inferred from the "as of" date. */
  readonly yearInferred: boolean;
  /**
   * Category ids, primary first. arXiv ids as arXiv writes them (`astro-ph.GA`); other schemes
   * carry a prefix (`openalex:Galaxies and Cosmology`, `s2:Physics`).
   */
  readonly categories: readonly string[];
  /** Categories that were guessed (an ambiguous code resolved by majority). */
  readonly guessedCategories: readonly string[];
  /** Authors in listed order, as written in the source. */
  readonly authors: readonly string[];
  /** The source's list stops early ("et al.", "and others"). */
  readonly authorsTruncated: boolean;
  readonly abstract: string;
  readonly hasCode: boolean;
  readonly venue: string;
  readonly links: PaperLinks;
  /** Where the record came from, for messages: file name and 1-based line or record number. */
  readonly source: { file: string; line?: number; record?: number };
  /** The record a truncated author list was completed from (an OpenAlex or arXiv URL). */
  readonly completedFrom?: string;
  /** Times cited, where the source counts them. */
  readonly citations?: Citations;
  /** Citations received per calendar year (`"2021": 14`), where the source gives them. */
  readonly citationsByYear?: Readonly<Record<string, number>>;
  readonly type?: WorkType;
  /** Subject keywords as the source lists them (author keywords, tags, OpenAlex keywords). */
  readonly keywords?: readonly string[];
  /** OpenAlex topics, primary first. */
  readonly topics?: readonly Topic[];
}

export interface Metric {
  label: string;
  value: number;
  /** `%` for percentages, '' otherwise. */
  unit: string;
}

export interface Profile {
  /** The owner's name, or null for a group's or a field's collection. */
  name: string | null;
  metrics: Metric[];
  /** The day the profile was captured, ISO `YYYY-MM-DD`. */
  asOf: string;
  /** The paper count the source itself declares ("16 Papers"), when it does. */
  declaredPapers: number | null;
  /** The profile's headline category when the source names one. */
  mainCategory: string | null;
  /** Where the profile and its metrics come from ("OpenAlex author profile"), set on import. */
  source?: string;
}

export type ProblemAction = 'skipped' | 'repaired' | 'guessed' | 'refused' | 'noted';

export interface Problem {
  file: string;
  line?: number;
  record?: number;
  /** Says what went wrong; names neither the file nor the line or record (those are above). */
  message: string;
  action: ProblemAction;
  /** The kind of problem, stable across messages ("extra-cells"): lists group problems by it. */
  code?: string;
}

export interface ParseResult {
  format: string;
  papers: Paper[];
  problems: Problem[];
  /** Present when the file describes one person's profile. */
  profile?: Profile;
  /** How many records the file held, read or skipped. */
  records: number;
}

export interface ParseOptions {
  file: string;
  /** ISO date; where a source omits years they are inferred relative to it. Defaults to today. */
  asOf?: string;
  /** Share of the text read so far (0–1), from parsers that read in pieces (JSON lines). */
  onProgress?: (fraction: number) => void;
}

/** A 53-bit string hash (cyrb53): stable ids for papers that carry no identifier. */
export function hashString(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Lower-case, accents and punctuation removed, spaces collapsed: for matching titles. */
export function normaliseTitle(title: string): string {
  // Printable ASCII, most titles: no accents to strip, and letters and digits are [a-z0-9].
  if (PRINTABLE_ASCII.test(title))
    return title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The id a paper gets from what it has: arXiv id, DOI, or title + year. */
export function paperId(p: { arxiv?: string; doi?: string; title: string; year: number | null }): string {
  if (p.arxiv) return `arxiv:${p.arxiv.replace(/v\d+$/, '').toLowerCase()}`;
  if (p.doi) return `doi:${p.doi.toLowerCase()}`;
  return `t:${hashString(`${normaliseTitle(p.title)}|${p.year ?? ''}`)}`;
}

/** Fills the optional parts of a paper with their empty values. */
export function makePaper(
  p: Pick<Paper, 'title' | 'source'> & Partial<Omit<Paper, 'title' | 'source'>>,
): Paper {
  // Negative (BC) years are ISO dates too: "-3000-05".
  const lead = p.date ? /^-?\d+/.exec(p.date) : null;
  const year = p.year ?? (lead ? Number(lead[0]) : null);
  const links = p.links ?? {};
  return {
    id: p.id ?? paperId({ arxiv: links.arxiv, doi: links.doi, title: p.title, year }),
    title: p.title,
    date: p.date ?? null,
    precision: p.precision ?? (p.date ? precisionOf(p.date) : null),
    year,
    yearInferred: p.yearInferred ?? false,
    categories: p.categories ?? [],
    guessedCategories: p.guessedCategories ?? [],
    authors: p.authors ?? [],
    authorsTruncated: p.authorsTruncated ?? false,
    abstract: p.abstract ?? '',
    hasCode: p.hasCode ?? false,
    venue: p.venue ?? '',
    links,
    source: p.source,
    // Only present when set, so papers without them serialise as before.
    ...(typeof p.completedFrom === 'string' ? { completedFrom: p.completedFrom } : {}),
    ...optionalParts(p),
  };
}

/** The optional parts a paper has, empty lists and objects left out. */
export function optionalParts(
  p: Pick<Paper, 'citations' | 'citationsByYear' | 'type' | 'keywords' | 'topics'>,
): Pick<Paper, 'citations' | 'citationsByYear' | 'type' | 'keywords' | 'topics'> {
  return {
    ...(p.citations ? { citations: p.citations } : {}),
    ...(p.citationsByYear ? { citationsByYear: p.citationsByYear } : {}),
    ...(p.type ? { type: p.type } : {}),
    ...(p.keywords?.length ? { keywords: p.keywords } : {}),
    ...(p.topics?.length ? { topics: p.topics } : {}),
  };
}

/** Links with the empty ones left out, in the model's order: arXiv, DOI, URL, code, open access. */
export function makeLinks(links: { [K in keyof PaperLinks]?: string | null }): PaperLinks {
  const out: PaperLinks = {};
  for (const key of ['arxiv', 'doi', 'url', 'code', 'oa'] as const) {
    const value = links[key];
    if (value) out[key] = value;
  }
  return out;
}

export function precisionOf(isoDate: string): DatePrecision {
  return isoDate.length >= 10 ? 'day' : isoDate.length >= 7 ? 'month' : 'year';
}

/** Today as `YYYY-MM-DD` in UTC. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function emptyProfile(asOf: string): Profile {
  return { name: null, metrics: [], asOf, declaredPapers: null, mainCategory: null };
}
