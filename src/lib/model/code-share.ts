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
  // One pass over the papers, not one per year.
  const length = Math.max(0, span.last - span.first + 1);
  const [all, coded] = [new Uint32Array(length), new Uint32Array(length)];
  for (const p of papers) {
    if (p.year === null || p.year < span.first || p.year > span.last) continue;
    all[p.year - span.first]++;
    if (p.hasCode) coded[p.year - span.first]++;
  }
  const rows: CodeYear[] = [];
  for (let i = 0; i < length; i++) {
    const [n, withCode] = [all[i], coded[i]];
    rows.push({ year: span.first + i, papers: n, withCode, share: n ? withCode / n : 0 });
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
