/** Code availability: how many papers each year link their code, and the share over all years. */
import type { Paper } from '../data/paper';
import type { YearSpan } from './timeline';

export interface CodeYear {
  year: number;
  papers: number;
  withCode: number;
  /** withCode / papers; 0 for a year without papers. */
  share: number;
}

/** One row per year of the span; papers without a year are skipped. */
export function codeShareByYear(papers: readonly Paper[], span: YearSpan): CodeYear[] {
  const rows: CodeYear[] = [];
  for (let year = span.first; year <= span.last; year++) {
    const list = papers.filter((p) => p.year === year);
    const withCode = list.filter((p) => p.hasCode).length;
    rows.push({ year, papers: list.length, withCode, share: list.length ? withCode / list.length : 0 });
  }
  return rows;
}

/** Papers with code over the whole list. */
export function codeShareTotal(papers: readonly Paper[]): {
  papers: number;
  withCode: number;
  share: number;
} {
  const withCode = papers.filter((p) => p.hasCode).length;
  return { papers: papers.length, withCode, share: papers.length ? withCode / papers.length : 0 };
}
