/** The categories view as an export: drawn by `categoriesSpec`, as on the page. */
import * as Plot from '@observablehq/plot';
import { categoriesSpec, CATEGORY_LINE_HEIGHT, type CategoryLine } from './categories-spec';
import type { ChartExport } from '../export/chart-export';
import type { GroupKind } from '../model/group-kinds';
import { categoryLegend, GHOST_LEGEND } from './legend';

export interface CategoriesExportInput {
  title: string;
  lines: readonly CategoryLine[];
  colors: ReadonlyMap<string, string>;
  selected: ReadonlySet<string>;
  /** The chart's width on the page; its height follows from the rows. */
  width: number;
  filters: readonly string[];
  /** What the rows are groups of (arXiv categories when absent). */
  group?: GroupKind;
}

/** Export of the categories view; its height follows from the rows, as on the page. */
export function categoriesExport(input: CategoriesExportInput): ChartExport {
  const drawn = new Set(input.lines.flatMap((l) => (l.row ? [l.row.id] : [])));
  return {
    name: 'categories',
    title: input.title,
    width: input.width,
    height: input.lines.length * CATEGORY_LINE_HEIGHT + 8,
    legend: [...categoryLegend(input.colors, drawn, input.group), GHOST_LEGEND],
    filters: input.filters,
    draw: (doc, size) => {
      // The height follows from the rows; on a tall area (a slide) larger type fills it, up to 1.5×.
      const fit = (size.height - 8) / Math.max(1, input.lines.length) / (CATEGORY_LINE_HEIGHT / 12);
      const fontSize = Math.floor(Math.min(size.fontSize * 1.5, Math.max(size.fontSize, fit)));
      return Plot.plot({
        ...categoriesSpec({ ...input, width: size.width, fontSize }),
        document: doc,
      }) as SVGSVGElement;
    },
    rows: () =>
      input.lines.flatMap((l) =>
        l.row
          ? [
              {
                category: l.row.id,
                name: l.row.name,
                group: l.row.group,
                papers: l.row.count,
                all_papers: l.row.total,
              },
            ]
          : [],
      ),
  };
}
