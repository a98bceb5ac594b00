/**
 * The trend views for `render`: each built from papers and the selection as its component
 * builds it (same model functions, same crossfilter source, same spec), exported as the page's
 * Export menus export them (`export/chart-trends.ts`). Registered in render-charts.ts.
 */
import { termRows } from '../lib/charts/terms-rows';
import type { ChartExport } from '../lib/export/chart-export';
import {
  categoryTrendsExport,
  codeShareExport,
  collaborationExport,
  termsExport,
} from '../lib/export/chart-trends';
import { categoryShares, extendColors, foldMinor, OTHER } from '../lib/model/category-trends';
import { codeShareByYear } from '../lib/model/code-share';
import { collaborationByYear } from '../lib/model/collaboration';
import { termBursts, termYearCells } from '../lib/model/term-trends';
import { countTerms } from '../lib/model/terms';
import { yearSpan, type YearSpan } from '../lib/model/timeline';
import type { ChartContext } from './render-charts';

const filters = (ctx: ChartContext) => ctx.selection.clauses.map((c) => c.label);

function spanOf(ctx: ChartContext): YearSpan {
  const span = yearSpan(ctx.papers);
  if (!span) throw new Error('no paper has a year, so there is no trend');
  return span;
}

const yearsOf = (span: YearSpan) =>
  Array.from({ length: span.last - span.first + 1 }, (_, i) => span.first + i);

export const TREND_CHARTS: Record<string, (ctx: ChartContext) => ChartExport> = {
  'category-trends': (ctx) => {
    const span = spanOf(ctx);
    const rows = foldMinor(
      categoryShares(ctx.selection.filter(ctx.papers, 'categories'), span, 'primary'),
      8,
    );
    const colors = extendColors(
      ctx.colors,
      [...new Set(rows.map((r) => r.category))].filter((c) => c !== OTHER),
    );
    const selected = new Set(ctx.selection.get('categories')?.value ?? []);
    return categoryTrendsExport(
      { rows, colors, selected, years: yearsOf(span) },
      { width: ctx.width ?? 480, height: 300, filters: filters(ctx) },
    );
  },
  'code-share': (ctx) =>
    codeShareExport(
      { rows: codeShareByYear(ctx.selection.filter(ctx.papers, 'code'), spanOf(ctx)) },
      { width: ctx.width ?? 480, height: 240, filters: filters(ctx) },
    ),
  collaboration: (ctx) =>
    collaborationExport(
      {
        rows: collaborationByYear(ctx.selection.filter(ctx.papers, 'timeline'), ctx.people, spanOf(ctx)),
        range: ctx.selection.get('timeline')?.value ?? null,
      },
      { width: ctx.width ?? 480, height: 240, filters: filters(ctx) },
    ),
  terms: (ctx) => {
    const span = spanOf(ctx);
    const visible = ctx.selection.filter(ctx.papers, 'term');
    const keys = ctx.selection.get('term')?.value ?? [];
    const rows = termRows(countTerms(visible, { limit: 40 }), keys, visible, 15);
    return termsExport(
      {
        cells: termYearCells(visible, rows, span),
        rows,
        years: yearsOf(span),
        selected: new Set(keys),
        bursts: termBursts(visible, rows, span),
      },
      { width: ctx.width ?? 640, height: 400, filters: filters(ctx) },
    );
  },
};
