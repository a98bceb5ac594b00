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
