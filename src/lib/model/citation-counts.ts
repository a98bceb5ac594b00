/**
 * What a set of papers' citation counts add up to: total, h-index and i10-index over the papers
 * whose count is known (`known` says how many), the most cited papers, and who counted them.
 */
import type { Paper } from '../data/paper';

export interface CitationTotals {
  /** Citations of the papers with a known count. */
  total: number;
  /** The largest h such that h papers have at least h citations each. */
  hIndex: number;
  /** Papers with at least 10 citations. */
  i10: number;
  /** Papers with a known count. */
  known: number;
  /** All papers asked about. */
  papers: number;
}

/** The h-index of a list of counts: the largest h with h counts of at least h. */
export function hIndex(counts: readonly number[]): number {
  const sorted = [...counts].sort((a, b) => b - a);
  let h = 0;
  while (h < sorted.length && sorted[h] >= h + 1) h++;
  return h;
}

/** How many counts are 10 or more (Google Scholar's i10-index). */
export function i10Index(counts: readonly number[]): number {
  return counts.filter((c) => c >= 10).length;
}

/** Total, h-index and i10 over the papers with a known count. */
export function citationTotals(papers: readonly Pick<Paper, 'citations'>[]): CitationTotals {
  const counts = papers.flatMap((p) => (p.citations ? [p.citations.count] : []));
  return {
    total: counts.reduce((a, b) => a + b, 0),
    hIndex: hIndex(counts),
    i10: i10Index(counts),
    known: counts.length,
    papers: papers.length,
  };
}

/** The papers with a known count, most cited first (ties: newer first, then by title); at most `limit`. */
export function mostCited<P extends Pick<Paper, 'citations' | 'year' | 'title'>>(
  papers: readonly P[],
  limit = 10,
): P[] {
  return papers
    .filter((p) => p.citations)
    .sort(
      (a, b) =>
        b.citations!.count - a.citations!.count ||
        (b.year ?? -Infinity) - (a.year ?? -Infinity) ||
        a.title.localeCompare(b.title),
    )
    .slice(0, limit);
}

export interface CitationSource {
  /** "OpenAlex", "Semantic Scholar", a file name. */
  source: string;
  papers: number;
  /** The earliest and latest as-of dates among those papers' counts (equal for one fetch). */
  from: string;
  to: string;
}

/** Who counted the citations, most papers first: for "OpenAlex as of 2026-11-20". */
export function citationSources(papers: readonly Pick<Paper, 'citations'>[]): CitationSource[] {
  const bySource = new Map<string, CitationSource>();
  for (const p of papers) {
    const c = p.citations;
    if (!c) continue;
    const s = bySource.get(c.source);
    if (!s) bySource.set(c.source, { source: c.source, papers: 1, from: c.asOf, to: c.asOf });
    else {
      s.papers++;
      if (c.asOf < s.from) s.from = c.asOf;
      if (c.asOf > s.to) s.to = c.asOf;
    }
  }
  return [...bySource.values()].sort((a, b) => b.papers - a.papers || a.source.localeCompare(b.source));
}
