/**
 * The timeline's rows counted straight from papers: the reference the columnar store's counts are
 * checked against. The counting is this file's own; the rows are shaped as the view shapes the
 * source's counts (views/timeline.ts), so the two differ only where the counting does.
 */
import type { Paper } from '../../src/lib/data/paper';
import { periodOf, type Granularity, type TimelineRow, type YearSpan } from '../../src/lib/model/timeline';
import type { CountCell } from '../../src/lib/source/questions';
import { timelineRowsOf } from '../../src/lib/views/timeline';

export function timelineRows(
  papers: readonly Paper[],
  span: YearSpan,
  options: { granularity?: Granularity; cumulative?: boolean } = {},
): TimelineRow[] {
  const granularity = options.granularity ?? 'year';
  const counts = new Map<string, number>();
  for (const p of papers) {
    const period = periodOf(p, granularity);
    if (period === null) continue;
    const key = `${period}\n${p.categories[0] ?? ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const cells: CountCell[] = [...counts].map(([key, count]) => {
    const [period, category] = key.split('\n');
    return { period, category, count };
  });
  const dated = cells.reduce((n, c) => n + c.count, 0);
  const answer = { cells, undated: [], papers: papers.length, dated };
  return timelineRowsOf(answer, span, { granularity, cumulative: options.cumulative ?? false });
}
