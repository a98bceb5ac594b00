/**
 * The trend views for `render`: each built from papers and the selection as its component
 * builds it (same model functions, same crossfilter source, same spec), exported through
 * `plotExport`. Registered in render-charts.ts.
 */
import { categoryTrendsSpec } from '../lib/charts/category-trends-spec';
import { CODE_COLOR, codeShareSpec } from '../lib/charts/code-share-spec';
import { collaborationSpec, NEW_COLOR, RETURNING_COLOR } from '../lib/charts/collaboration-spec';
import { termRows } from '../lib/charts/terms-rows';
import { termsSpec } from '../lib/charts/terms-spec';
import { categoryInfo } from '../lib/data/category-label';
import type { ChartExport } from '../lib/export/chart-export';
import { plotExport } from '../lib/export/plot-export';
import { categoryShares, extendColors, foldMinor, OTHER } from '../lib/model/category-trends';
import { codeShareByYear } from '../lib/model/code-share';
import { collaborationByYear } from '../lib/model/collaboration';
import { OTHER_COLOR } from '../lib/model/palette';
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
    const cats = [...new Set(rows.map((r) => r.category))];
    const colors = extendColors(
      ctx.colors,
      cats.filter((c) => c !== OTHER),
    );
    const selected = new Set(ctx.selection.get('categories')?.value ?? []);
    const legend = cats.map((c) => ({
      label: c === OTHER ? OTHER : categoryInfo(c).short,
      color: colors.get(c) ?? OTHER_COLOR,
    }));
    return plotExport({
      name: 'category-trends',
      title: 'Category trends',
      width: ctx.width ?? 480,
      height: 300,
      legend,
      filters: filters(ctx),
      spec: (s) => categoryTrendsSpec({ rows, colors, selected, years: yearsOf(span), ...s }),
      rows: () => rows,
    });
  },
  'code-share': (ctx) => {
    const rows = codeShareByYear(ctx.selection.filter(ctx.papers, 'code'), spanOf(ctx));
    return plotExport({
      name: 'code-share',
      title: 'Code availability',
      width: ctx.width ?? 480,
      height: 240,
      legend: [
        { label: 'Papers with code', color: CODE_COLOR },
        { label: 'All papers', color: 'var(--ghost)' },
      ],
      filters: filters(ctx),
      spec: (s) => codeShareSpec({ rows, ...s }),
      rows: () => rows,
    });
  },
  collaboration: (ctx) => {
    const rows = collaborationByYear(ctx.selection.filter(ctx.papers, 'timeline'), ctx.people, spanOf(ctx));
    const range = ctx.selection.get('timeline')?.value ?? null;
    return plotExport({
      name: 'collaboration',
      title: 'Collaboration over time',
      width: ctx.width ?? 480,
      height: 240,
      legend: [
        { label: 'New coauthors', color: NEW_COLOR },
        { label: 'Returning coauthors', color: RETURNING_COLOR },
      ],
      filters: filters(ctx),
      spec: (s) => collaborationSpec({ rows, range, ...s }),
      rows: () => rows,
    });
  },
  terms: (ctx) => {
    const span = spanOf(ctx);
    const visible = ctx.selection.filter(ctx.papers, 'term');
    const keys = ctx.selection.get('term')?.value ?? [];
    const rows = termRows(countTerms(visible, { limit: 40 }), keys, visible, 15);
    const cells = termYearCells(visible, rows, span);
    const bursts = termBursts(visible, rows, span);
    return plotExport({
      name: 'terms',
      title: 'Terms over time',
      width: ctx.width ?? 640,
      height: 400,
      legend: [
        { label: 'Share of the year’s papers mentioning the term (darker: more)', color: 'var(--accent)' },
      ],
      filters: filters(ctx),
      spec: (s) => termsSpec({ cells, rows, years: yearsOf(span), selected: new Set(keys), bursts, ...s }),
      rows: () => cells,
    });
  },
};
