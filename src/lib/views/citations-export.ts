/**
 * The Citations view as an export, for the page's Export menu and the CLI's `render citations`:
 * drawn by the spec the component draws with; the CSV has a row per year and category.
 */
import { categoryShort, NO_CATEGORY_LABEL } from '../data/category-label';
import type { ChartExport } from '../export/chart-export';
import { plotExport } from '../export/plot-export';
import type { YearRange } from '../source/filter';
import type { CitationsAnswer } from '../source/questions';
import { citationColor, citationsSpec } from './citations-spec';
import { citationYears, OTHER_CITED, stackedRows } from './citations-rows';

export interface CitationsExportData {
  answer: CitationsAnswer;
  colors: ReadonlyMap<string, string>;
  range: YearRange | null;
}

/** A category's name in this view's legend and table. */
export const citationCategoryLabel = (c: string): string =>
  c === OTHER_CITED ? OTHER_CITED : c ? categoryShort(c) : NO_CATEGORY_LABEL;

export function citationsExport(
  data: CitationsExportData,
  frame: { width: number; height: number; filters: readonly string[] },
): ChartExport {
  const a = data.answer;
  const hAt = new Map(a.hIndexByYear.map((h) => [h.year, h.hIndex]));
  const rows = stackedRows(a);
  const cats = [...new Set(rows.map((r) => r.category))].sort();
  return plotExport({
    name: 'citations',
    title: 'Citations',
    ...frame,
    legend: [
      ...cats.map((c) => ({ label: citationCategoryLabel(c), color: citationColor(data.colors, c) })),
      { label: 'h N: h-index at the year’s end', color: 'transparent' },
    ],
    spec: (s) =>
      citationsSpec({
        rows,
        years: citationYears(a),
        hIndexByYear: a.hIndexByYear,
        colors: data.colors,
        range: data.range,
        ...s,
      }),
    rows: () =>
      rows.map((r) => ({
        year: r.year,
        category: citationCategoryLabel(r.category),
        citations: r.citations,
        hIndexAtYearEnd: hAt.get(r.year) ?? '',
      })),
  });
}
