/**
 * Citations over time, from the per-year counts sources give (OpenAlex's `counts_by_year`):
 * citations received each year, summed over papers (optionally per group, for stacked bars), and
 * the h-index at each year end from every paper's counts cumulated.
 *
 * OpenAlex lists only recent years, so a paper's count can exceed the sum of its years. Those
 * citations ("undated") are said, never spread over years; in the h-index over time they count as
 * received before the first year any paper lists when the paper is older than that year, and in
 * the last year otherwise (a count newer than its per-year counts). Either way the series ends at
 * the h-index of the papers' counts.
 */
import type { Paper } from '../data/paper';
import { hIndex } from './citation-counts';

type Counted = Pick<Paper, 'citations' | 'citationsByYear' | 'year'>;

export interface CitationYearRow {
  year: number;
  /** The group the citations are stacked in (`keyOf` of the paper), or null for none. */
  key: string | null;
  citations: number;
}

export interface CitationsPerYear {
  /** Year → citations received that year, ascending, summed over papers. */
  byYear: Record<string, number>;
  /** The same per `keyOf(paper)`, one row per year and group with citations, by year then group. */
  rows: CitationYearRow[];
  /** Citations counted in papers' totals but in none of their years. */
  undated: number;
  /** Papers with per-year counts. */
  withYears: number;
}

/** Citations received per year, summed over the papers that have per-year counts. */
export function citationsPerYear<P extends Counted>(
  papers: readonly P[],
  keyOf: (p: P) => string | null = () => null,
): CitationsPerYear {
  const sums = new Map<string, CitationYearRow>();
  const byYear: Record<string, number> = {};
  let undated = 0;
  let withYears = 0;
  for (const p of papers) {
    const years = p.citationsByYear;
    if (!years) continue;
    withYears++;
    const key = keyOf(p);
    let sum = 0;
    for (const [y, n] of Object.entries(years)) {
      sum += n;
      byYear[y] = (byYear[y] ?? 0) + n;
      const id = `${y}\u0000${key ?? ''}`;
      const row = sums.get(id);
      if (row) row.citations += n;
      else sums.set(id, { year: Number(y), key, citations: n });
    }
    undated += Math.max(0, (p.citations?.count ?? 0) - sum);
  }
  const rows = [...sums.values()].sort(
    (a, b) => a.year - b.year || (a.key ?? '\uffff').localeCompare(b.key ?? '\uffff'),
  );
  // Year keys are integer-like, so the record enumerates them in ascending order.
  return { byYear, rows, undated, withYears };
}

/** The h-index at the end of each year, over the papers with per-year counts; [] when none lists a year. */
export function hIndexOverTime(papers: readonly Counted[]): { year: number; hIndex: number }[] {
  // A paper with per-year counts but none listed (OpenAlex: not cited in recent years) still counts.
  const counted = papers.filter((p) => p.citationsByYear);
  const years = counted.flatMap((p) => Object.keys(p.citationsByYear!).map(Number));
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const series = counted.map((p) => {
    const byYear = p.citationsByYear!;
    const listed = Object.values(byYear).reduce((a, b) => a + b, 0);
    const undated = Math.max(0, (p.citations?.count ?? 0) - listed);
    const older = p.year === null || p.year < first;
    const cumulative: number[] = [];
    let sum = older ? undated : 0;
    for (let y = first; y <= last; y++) {
      sum += (byYear[String(y)] ?? 0) + (!older && y === last ? undated : 0);
      cumulative.push(sum);
    }
    return cumulative;
  });
  const out: { year: number; hIndex: number }[] = [];
  for (let y = first; y <= last; y++) out.push({ year: y, hIndex: hIndex(series.map((c) => c[y - first])) });
  return out;
}
