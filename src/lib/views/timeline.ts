/**
 * The timeline: papers per year (or month) and primary category, over the whole collection's
 * counts as a grey ghost. Its own clause is a year range.
 *
 *   filter without the year range ─► counts per period × category ─► rows ─► timelineSpec
 *   no filter                      ─► counts per period × category ─► ghost
 */
import { count, formatCount, yearSpanText, yearsPhrase } from '../text/count-words';
import type { ChartExport } from '../export/chart-export';
import type { GroupKind } from '../model/group-kinds';
import { withUndated } from '../model/undated';
import { timelineExport } from './timeline-export';
import { periods, type Granularity, type TimelineRow, type YearSpan } from '../model/timeline';
import { clauseValue, type Filter, type YearRange } from '../source/filter';
import type { CountsAnswer, CountsQuestion } from '../source/questions';
import type { ViewFrame, ViewRecipe } from './view';
import { answerShownAndAll, shownAndAllQuestions, type ShownAndAll } from './shown-and-all';

export interface TimelineOptions {
  granularity: Granularity;
  cumulative: boolean;
}

export function timelineQuestions(
  filter: Filter,
  granularity: Granularity,
  group: GroupKind = 'category',
): ShownAndAll<CountsQuestion> {
  return shownAndAllQuestions(filter, 'timeline', granularity, group);
}

/**
 * One row per period of the span and category with papers, empty periods as a zero row of
 * category ''; cumulative rows carry each category's running total.
 */
export function timelineRowsOf(counts: CountsAnswer, span: YearSpan, o: TimelineOptions): TimelineRow[] {
  const byPeriod = new Map<string, Map<string, number>>();
  for (const c of counts.cells) {
    let m = byPeriod.get(c.period);
    if (!m) byPeriod.set(c.period, (m = new Map()));
    m.set(c.category, c.count);
  }
  const cats = [...new Set(counts.cells.map((c) => c.category))].sort();
  const running = new Map<string, number>();
  const rows: TimelineRow[] = [];
  for (const period of periods(span, o.granularity)) {
    const year = Number(period.slice(0, 4));
    const byCat = byPeriod.get(period);
    if (!o.cumulative) {
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

/** Total papers per period (the ghost behind the bars). */
export function periodTotals(rows: readonly TimelineRow[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.period, (totals.get(r.period) ?? 0) + r.count);
  return totals;
}

/** Dated papers per year. */
export function yearCountsOf(counts: CountsAnswer): Map<number, number> {
  const out = new Map<number, number>();
  for (const c of counts.cells) {
    const year = Number(c.period.slice(0, 4));
    out.set(year, (out.get(year) ?? 0) + c.count);
  }
  return out;
}

export function timelineSummary(input: {
  papers: number;
  span: YearSpan | null;
  yearCounts: ReadonlyMap<number, number>;
  range: YearRange | null;
  /** What is said of the undated papers (model/undated.ts). */
  note: string;
}): string {
  const { span, range } = input;
  if (!span) return withUndated(null, input.note);
  const peak = [...input.yearCounts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return withUndated(
    `${count(input.papers, 'paper')} ${yearsPhrase(span.first, span.last)}${peak ? `; most in ${peak[0]} (${formatCount(peak[1])})` : ''}${range ? `; selected ${yearSpanText(range.from, range.to)}` : ''}.`,
    input.note,
  );
}

export const TIMELINE: ViewRecipe = {
  id: 'timeline',
  title: 'Papers over time',
  own: 'timeline',
  async exportOf(frame: ViewFrame): Promise<ChartExport> {
    const span = frame.info.span;
    if (!span) throw new Error('no paper has a year, so there is no timeline');
    const o: TimelineOptions = { granularity: 'year', cumulative: false };
    const q = timelineQuestions(frame.filter, o.granularity, frame.group);
    const { shown, all } = await answerShownAndAll(frame.source, q);
    return timelineExport({
      rows: timelineRowsOf(shown, span, o),
      ghost: periodTotals(timelineRowsOf(all, span, o)),
      periods: periods(span, 'year'),
      colors: frame.colors,
      ...o,
      range: clauseValue(frame.filter, 'timeline') ?? null,
      width: frame.width ?? 640,
      height: 260,
      title: TIMELINE.title,
      filters: frame.labels,
      group: frame.group,
    });
  },
};
