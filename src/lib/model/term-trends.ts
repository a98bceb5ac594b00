/**
 * Terms over time: for each term and year, the share of that year's papers that use it (so busy
 * years do not dominate); rising and fading terms by comparing the recent years with the earlier
 * ones; Kleinberg bursts when a collection is large enough for them to mean something.
 */
import { detectBursts } from './kleinberg';
import type { TermDictionary, TermText } from './term-dictionary';
import { termHits } from './term-hits';
import type { TermCount } from './terms';
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

let lastCells: {
  dict: TermDictionary;
  papers: readonly TermText[];
  terms: readonly TermCount[];
  span: YearSpan;
  cells: TermCell[];
} | null = null;

/**
 * One cell per term and year of the span, in term order then year order. The last answer is kept:
 * the terms view draws these cells and finds bursts in them from the same arguments.
 */
export function termYearCells(
  dict: TermDictionary,
  papers: readonly TermText[],
  terms: readonly TermCount[],
  span: YearSpan,
): TermCell[] {
  const last = lastCells;
  if (
    last?.dict === dict &&
    last.papers === papers &&
    last.terms === terms &&
    last.span.first === span.first &&
    last.span.last === span.last
  )
    return last.cells;
  const cells = countCells(dict, papers, terms, span);
  lastCells = { dict, papers, terms, span, cells };
  return cells;
}

function countCells(
  dict: TermDictionary,
  papers: readonly TermText[],
  terms: readonly TermCount[],
  span: YearSpan,
): TermCell[] {
  const years = yearsOf(span);
  const inSpan = (p: TermText) =>
    p.year === null || p.year < span.first || p.year > span.last ? -1 : p.year - span.first;
  const { hits, totals } = termHits(
    dict,
    papers,
    terms.map((t) => t.key),
    years.length,
    inSpan,
  );
  return terms.flatMap((t, i) =>
    years.map((year, y) => {
      const total = totals[y];
      const n = hits[i * years.length + y];
      return { key: t.key, term: t.term, year, papers: n, total, share: total ? n / total : 0 };
    }),
  );
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
  dict: TermDictionary,
  papers: readonly TermText[],
  terms: readonly TermCount[],
  span: YearSpan,
): { rising: TermTrend[]; fading: TermTrend[]; from: number } {
  const from = recentFrom(span);
  // One pass: papers and term hits of each period (bucket 0 earlier, 1 recent).
  const { hits, totals } = termHits(
    dict,
    papers,
    terms.map((t) => t.key),
    2,
    (p) => (p.year === null ? -1 : p.year >= from ? 1 : 0),
  );
  return trendsOfHits(terms, hits, totals, from);
}

/**
 * Rising and fading terms from counts: `hits[2i]` and `hits[2i + 1]` are the earlier and recent
 * papers with term i, `totals` the earlier and recent papers (a server counts these in SQL).
 */
export function trendsOfHits(
  terms: readonly TermCount[],
  hits: ArrayLike<number>,
  totals: ArrayLike<number>,
  from: number,
): { rising: TermTrend[]; fading: TermTrend[]; from: number } {
  if (!totals[0] || !totals[1]) return { rising: [], fading: [], from };
  const trends = terms.map((t, i) => {
    const [e, r] = [hits[2 * i] / totals[0], hits[2 * i + 1] / totals[1]];
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
  dict: TermDictionary,
  papers: readonly TermText[],
  terms: readonly TermCount[],
  span: YearSpan,
): TermBurst[] {
  if (papers.length < BURST_MIN_PAPERS) return [];
  return burstsOfCells(terms, termYearCells(dict, papers, terms, span), span);
}

/** Bursts of each term from its year cells (term-major, every year of the span), strongest first. */
export function burstsOfCells(
  terms: readonly TermCount[],
  cells: readonly TermCell[],
  span: YearSpan,
): TermBurst[] {
  const years = yearsOf(span);
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
