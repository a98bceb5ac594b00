import type { Paper } from '../data/paper';

export type Granularity = 'year' | 'month';

export interface TimelineRow {
  /** `2022` or `2022-04`. */
  period: string;
  year: number;
  category: string;
  count: number;
}

export interface YearSpan {
  first: number;
  last: number;
}

/** The first and last year with a paper, or null when no paper has a year. */
export function yearSpan(papers: readonly Pick<Paper, 'year'>[]): YearSpan | null {
  let first = Infinity;
  let last = -Infinity;
  for (const p of papers) {
    if (p.year === null) continue;
    if (p.year < first) first = p.year;
    if (p.year > last) last = p.year;
  }
  return first === Infinity ? null : { first, last };
}

/** Every period from the first to the last year of the span, so gaps show as zero. */
export function periods(span: YearSpan, granularity: Granularity): string[] {
  const out: string[] = [];
  for (let y = span.first; y <= span.last; y++) {
    if (granularity === 'year') out.push(String(y));
    else for (let m = 1; m <= 12; m++) out.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return out;
}

/** The period a paper falls in; month granularity puts year-only dates in January. */
export function periodOf(p: Paper, granularity: Granularity): string | null {
  if (p.year === null) return null;
  if (granularity === 'year') return String(p.year);
  const month = p.date && p.date.length >= 7 ? p.date.slice(5, 7) : '01';
  return `${p.year}-${month}`;
}

/**
 * Paper counts per period and primary category over the whole span, zero rows included for
 * empty periods (as category ''), optionally cumulative.
 */
export function timelineRows(
  papers: readonly Paper[],
  span: YearSpan,
  options: { granularity?: Granularity; cumulative?: boolean } = {},
): TimelineRow[] {
  const granularity = options.granularity ?? 'year';
  const counts = new Map<string, Map<string, number>>();
  for (const p of papers) {
    const period = periodOf(p, granularity);
    if (period === null) continue;
    const cat = p.categories[0] ?? '';
    let byCat = counts.get(period);
    if (!byCat) counts.set(period, (byCat = new Map()));
    byCat.set(cat, (byCat.get(cat) ?? 0) + 1);
  }
  const cats = [...new Set([...counts.values()].flatMap((m) => [...m.keys()]))].sort();
  const running = new Map<string, number>();
  const rows: TimelineRow[] = [];
  for (const period of periods(span, granularity)) {
    const year = Number(period.slice(0, 4));
    const byCat = counts.get(period);
    if (!options.cumulative) {
      if (!byCat) rows.push({ period, year, category: '', count: 0 });
      else
        for (const cat of cats)
          if (byCat.has(cat)) rows.push({ period, year, category: cat, count: byCat.get(cat)! });
      continue;
    }
    let any = false;
    for (const cat of cats) {
      const total = (running.get(cat) ?? 0) + (byCat?.get(cat) ?? 0);
      running.set(cat, total);
      if (total > 0) {
        rows.push({ period, year, category: cat, count: total });
        any = true;
      }
    }
    if (!any) rows.push({ period, year, category: '', count: 0 });
  }
  return rows;
}

/** Total papers per period (for the unfiltered "ghost" behind the bars). */
export function periodTotals(rows: readonly TimelineRow[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.period, (totals.get(r.period) ?? 0) + r.count);
  return totals;
}
