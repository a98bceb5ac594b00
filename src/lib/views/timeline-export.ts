/** The timeline as an export: drawn by `timelineSpec`, exactly as on the page, at any size. */
import * as Plot from '@observablehq/plot';
import { timelineSpec, type TimelineSpecInput } from './timeline-spec';
import type { ChartExport, CsvRow } from '../export/chart-export';
import type { GroupKind } from '../model/group-kinds';
import { categoryLegend, GHOST_LEGEND, noGroupLegend } from './legend';

export type TimelineExportInput = Omit<TimelineSpecInput, 'fontSize'> & {
  title: string;
  filters: readonly string[];
  /** What the colours are of (arXiv categories when absent). */
  group?: GroupKind;
};

/** Export of the timeline for the spec input the page uses; width and height are the page's. */
export function timelineExport(input: TimelineExportInput): ChartExport {
  return {
    name: 'timeline',
    title: input.title,
    width: input.width,
    height: input.height,
    legend: [
      ...categoryLegend(input.colors, undefined, input.group),
      ...(input.rows.some((r) => r.category === '' && r.count > 0) ? [noGroupLegend(input.group)] : []),
      GHOST_LEGEND,
    ],
    filters: input.filters,
    draw: (doc, size) =>
      Plot.plot({
        ...timelineSpec({ ...input, width: size.width, height: size.height, fontSize: size.fontSize }),
        document: doc,
      }) as SVGSVGElement,
    rows: () => timelineCsvRows(input),
  };
}

/** One row per period and category with papers in the view, next to the period's unfiltered total. */
function timelineCsvRows(input: TimelineExportInput): CsvRow[] {
  const out: CsvRow[] = [];
  for (const period of input.periods) {
    const all = input.ghost.get(period) ?? 0;
    const rows = input.rows.filter((r) => r.period === period && r.count > 0);
    if (rows.length === 0) out.push({ period, category: '', papers: 0, all_papers: all });
    for (const r of rows) out.push({ period, category: r.category, papers: r.count, all_papers: all });
  }
  return out;
}
