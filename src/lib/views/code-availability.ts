/**
 * Code availability: papers per year and those that link their code, with the share. Its own
 * clause is "has code".
 */
import { count, formatCount } from '../text/count-words';
import type { CodeYear } from './code-availability-spec';
import { codeAvailabilityExport } from './trends-export';
import type { YearSpan } from '../model/timeline';
import { filterWithout, type Filter } from '../source/filter';
import type { CodeAnswer, CodeQuestion } from '../source/questions';
import { answer, type ViewRecipe } from './view';

export function codeAvailabilityQuestion(filter: Filter): CodeQuestion {
  return { kind: 'code', filter: filterWithout(filter, 'code') };
}

/** One row per year of the span (empty years as zeros). */
export function codeRowsOf(code: CodeAnswer, span: YearSpan): CodeYear[] {
  const byYear = new Map(code.years.map((y) => [y.year, y]));
  const rows: CodeYear[] = [];
  for (let year = span.first; year <= span.last; year++) {
    const y = byYear.get(year);
    const papers = y?.papers ?? 0;
    const withCode = y?.withCode ?? 0;
    rows.push({ year, papers, withCode, share: papers ? withCode / papers : 0 });
  }
  return rows;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function codeAvailabilitySummary(code: CodeAnswer, rows: readonly CodeYear[]): string {
  if (!code.papers) return 'No papers in the selection.';
  const dated = rows.filter((r) => r.papers > 0);
  const best = [...dated].sort((a, b) => b.share - a.share || b.year - a.year)[0];
  const tail =
    best && best.withCode
      ? `; the highest share in ${best.year} (${formatCount(best.withCode)} of ${formatCount(best.papers)})`
      : '';
  const papers = count(code.papers, 'paper');
  return `Code linked for ${formatCount(code.withCode)} of ${papers} (${pct(code.withCode / code.papers)})${tail}.`;
}

export const CODE_AVAILABILITY: ViewRecipe = {
  id: 'code-availability',
  title: 'Code availability',
  own: 'code',
  async exportOf(frame) {
    const span = frame.info.span;
    if (!span) throw new Error('no paper has a year, so there is no trend');
    const code = await answer(frame.source.ask(codeAvailabilityQuestion(frame.filter)));
    return codeAvailabilityExport(
      { rows: codeRowsOf(code, span) },
      { width: frame.width ?? 480, height: 240, filters: frame.labels },
    );
  },
};
