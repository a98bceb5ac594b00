/**
 * Several parsed files become one collection: duplicates across (and within) files merge when they
 * share a DOI, an arXiv id (any version) or a normalised title and year. Every merge is reported.
 */
import { normaliseTitle, type Paper, type ParseResult, type Problem, type Profile } from './paper';

export interface MergedCollection {
  papers: Paper[];
  problems: Problem[];
  /** The one profile among the inputs, when exactly one names an owner. */
  profile: Profile | null;
}

function keysOf(p: Paper): string[] {
  const keys: string[] = [];
  if (p.links.doi) keys.push(`doi:${p.links.doi.toLowerCase()}`);
  if (p.links.arxiv) keys.push(`arxiv:${p.links.arxiv.toLowerCase().replace(/v\d+$/, '')}`);
  const title = normaliseTitle(p.title);
  if (title) keys.push(`title:${title}|${p.year ?? ''}`);
  return keys;
}

/** The fuller of two records of one paper, with gaps filled from the other. */
function combine(a: Paper, b: Paper): Paper {
  const score = (p: Paper) =>
    (p.abstract ? 2 : 0) +
    p.categories.length +
    p.authors.length / 100 +
    (p.authorsTruncated ? 0 : 1) +
    (p.precision === 'day' ? 1 : 0);
  const [main, other] = score(b) > score(a) ? [b, a] : [a, b];
  const authorsFromOther =
    main.authors.length === 0 ||
    (main.authorsTruncated && !other.authorsTruncated && other.authors.length > main.authors.length);
  return {
    ...main,
    abstract: main.abstract || other.abstract,
    categories: main.categories.length ? main.categories : other.categories,
    authors: authorsFromOther ? other.authors : main.authors,
    authorsTruncated: authorsFromOther ? other.authorsTruncated : main.authorsTruncated,
    hasCode: main.hasCode || other.hasCode,
    venue: main.venue || other.venue,
    links: { ...other.links, ...main.links },
    date: main.date ?? other.date,
    precision: main.date ? main.precision : other.precision,
    year: main.year ?? other.year,
  };
}

function where(p: Paper): string {
  const s = p.source;
  return `${s.file}${s.line !== undefined ? `, line ${s.line}` : s.record !== undefined ? `, record ${s.record}` : ''}`;
}

export function mergeResults(results: readonly ParseResult[]): MergedCollection {
  const problems: Problem[] = results.flatMap((r) => r.problems);
  const papers: Paper[] = [];
  const byKey = new Map<string, number>();
  for (const r of results) {
    for (const p of r.papers) {
      const keys = keysOf(p);
      const hit = keys.map((k) => byKey.get(k)).find((i) => i !== undefined);
      if (hit === undefined) {
        for (const k of keys) byKey.set(k, papers.length);
        papers.push(p);
        continue;
      }
      const merged = combine(papers[hit], p);
      problems.push({
        file: p.source.file,
        line: p.source.line,
        record: p.source.record,
        message: `“${p.title.slice(0, 80)}” is the same paper as ${where(papers[hit])}; merged into one.`,
        action: 'repaired',
      });
      papers[hit] = merged;
      for (const k of keysOf(merged)) if (!byKey.has(k)) byKey.set(k, hit);
    }
  }
  const named = results.map((r) => r.profile).filter((p): p is Profile => Boolean(p?.name));
  const profile = named.length === 1 ? named[0] : (results.find((r) => r.profile)?.profile ?? null);
  return { papers, problems, profile: profile && (named.length <= 1 ? profile : { ...profile, name: null }) };
}
