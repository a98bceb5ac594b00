/**
 * The timeline's rows computed straight from papers: the reference the columnar store's counts
 * are checked against (the page and the CLI get them from the source's counts, views/timeline.ts).
 */
import type { Paper } from '../../src/lib/data/paper';
import {
  periodOf,
  periods,
  type Granularity,
  type TimelineRow,
  type YearSpan,
} from '../../src/lib/model/timeline';

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
