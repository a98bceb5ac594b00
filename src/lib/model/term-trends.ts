/**
 * Terms over time: for each term and year, the share of that year's papers that use it (so busy
 * years do not dominate); rising and fading terms by comparing the recent years with the earlier
 * ones; Kleinberg bursts when a collection is large enough for them to mean something.
 */
import type { Paper } from '../data/paper';
import { detectBursts } from './kleinberg';
import { hasTerms, type TermCount } from './terms';
import type { YearSpan } from './timeline';

export interface TermCell {
  key: string;
  term: string;
  year: number;
  /** Papers of that year with the term. */
  papers: number;
  /** Papers of that year. */
  total: number;
  /** papers / total, 0 for a year without papers. */
  share: number;
}

export interface TermTrend {
  key: string;
  term: string;
  papers: number;
  /** Share of the earlier and of the recent papers that use the term. */
  earlier: number;
  recent: number;
  change: number;
}

export interface TermBurst {
  key: string;
  term: string;
  from: number;
  to: number;
  weight: number;
}

/** Collections smaller than this have too few papers a year for bursts to be more than noise. */
export const BURST_MIN_PAPERS = 200;

function yearsOf(span: YearSpan): number[] {
  return Array.from({ length: span.last - span.first + 1 }, (_, i) => span.first + i);
}

/** One cell per term and year of the span, in term order then year order. */
export function termYearCells(
  papers: readonly Paper[],
  terms: readonly TermCount[],
  span: YearSpan,
): TermCell[] {
  const totals = new Map<number, number>();
  for (const p of papers) if (p.year !== null) totals.set(p.year, (totals.get(p.year) ?? 0) + 1);
  return terms.flatMap((t) => {
    const hits = new Map<number, number>();
    for (const p of papers)
      if (p.year !== null && hasTerms(p, [t.key])) hits.set(p.year, (hits.get(p.year) ?? 0) + 1);
    return yearsOf(span).map((year) => {
      const total = totals.get(year) ?? 0;
      const n = hits.get(year) ?? 0;
      return { key: t.key, term: t.term, year, papers: n, total, share: total ? n / total : 0 };
    });
  });
}

/** The first of the "recent" years: the last third of the span, at least two years. */
export function recentFrom(span: YearSpan): number {
  const length = span.last - span.first + 1;
  return span.last - Math.max(2, Math.ceil(length / 3)) + 1;
}

/**
 * Rising terms (a larger share of the recent papers than of the earlier ones), largest change
 * first, and fading ones (smallest first). Empty when either period has no papers.
 */
export function termTrends(
  papers: readonly Paper[],
  terms: readonly TermCount[],
  span: YearSpan,
): { rising: TermTrend[]; fading: TermTrend[]; from: number } {
  const from = recentFrom(span);
  const recent = papers.filter((p) => p.year !== null && p.year >= from);
  const earlier = papers.filter((p) => p.year !== null && p.year < from);
  if (!recent.length || !earlier.length) return { rising: [], fading: [], from };
  const share = (list: readonly Paper[], key: string) =>
    list.filter((p) => hasTerms(p, [key])).length / list.length;
  const trends = terms.map((t) => {
    const [e, r] = [share(earlier, t.key), share(recent, t.key)];
    return { key: t.key, term: t.term, papers: t.papers, earlier: e, recent: r, change: r - e };
  });
  const byChange = (a: TermTrend, b: TermTrend) =>
    b.change - a.change || b.papers - a.papers || (a.key < b.key ? -1 : 1);
  return {
    rising: trends.filter((t) => t.change > 0).sort(byChange),
    fading: trends.filter((t) => t.change < 0).sort((a, b) => byChange(b, a)),
    from,
  };
}

/** Bursts of each term by year, strongest first; none below BURST_MIN_PAPERS papers. */
export function termBursts(
  papers: readonly Paper[],
  terms: readonly TermCount[],
  span: YearSpan,
): TermBurst[] {
  if (papers.length < BURST_MIN_PAPERS) return [];
  const years = yearsOf(span);
  const cells = termYearCells(papers, terms, span);
  return terms
    .flatMap((t, i) => {
      const row = cells.slice(i * years.length, (i + 1) * years.length);
      return detectBursts(row.map((c) => ({ total: c.total, hits: c.papers }))).map((b) => ({
        key: t.key,
        term: t.term,
        from: years[b.start],
        to: years[b.end],
        weight: b.weight,
      }));
    })
    .sort((a, b) => b.weight - a.weight);
}
