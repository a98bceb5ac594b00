/**
 * The charts the CLI can render, each built from papers and the selection the way its component
 * builds it on the page: the same model functions, crossfilter (a view skips its own clause) and
 * chart export. Later views register here with their own spec-based export.
 */
import { categoryLines } from '../lib/charts/categories-spec';
import type { Paper } from '../lib/data/paper';
import { categoriesExport } from '../lib/export/chart-categories';
import type { ChartExport } from '../lib/export/chart-export';
import { categoryNodeColor, networkCategoryLegend, networkExport } from '../lib/export/chart-network';
import { timelineExport } from '../lib/export/chart-timeline';
import { categoryRows } from '../lib/model/category-counts';
import { buildCoauthorGraph } from '../lib/model/coauthor-graph';
import { collectionTopGraph, DEFAULT_TOP_PEOPLE, edgeKey } from '../lib/model/network-top';
import type { PeopleIndex } from '../lib/model/name-merge';
import { periods, periodTotals, timelineRows, yearSpan } from '../lib/model/timeline';
import type { Selection } from '../lib/state/selection.svelte';
import { TREND_CHARTS } from './render-trend-charts';

export interface ChartContext {
  papers: readonly Paper[];
  selection: Selection;
  people: PeopleIndex;
  colors: Map<string, string>;
  /** The chart's width as if on the page; null for its usual width. */
  width: number | null;
}

type Builder = (ctx: ChartContext) => ChartExport;

const filters = (s: Selection) => s.clauses.map((c) => c.label);

/** Chart name → builder. Throws (a usage error) when the data cannot make the chart. */
export const CHARTS: Record<string, Builder> = {
  timeline: ({ papers, selection, colors, width }) => {
    const span = yearSpan(papers);
    if (!span) throw new Error('no paper has a year, so there is no timeline');
    const visible = selection.filter(papers, 'timeline');
    const options = { granularity: 'year' as const, cumulative: false };
    return timelineExport({
      rows: timelineRows(visible, span, options),
      ghost: periodTotals(timelineRows(papers, span, options)),
      periods: periods(span, 'year'),
      colors,
      ...options,
      range: selection.get('timeline')?.value ?? null,
      width: width ?? 640,
      height: 260,
      title: 'Papers over time',
      filters: filters(selection),
    });
  },
  categories: ({ papers, selection, colors, width }) =>
    categoriesExport({
      lines: categoryLines(categoryRows(papers, selection.filter(papers, 'categories'))),
      colors,
      selected: new Set(selection.get('categories')?.value ?? []),
      width: width ?? 480,
      title: 'Categories',
      filters: filters(selection),
    }),
  network: ({ papers, selection, people, colors, width }) => {
    // The page's network: the top people by papers and their strongest links (network-top.ts).
    const layoutGraph = collectionTopGraph(papers, people, DEFAULT_TOP_PEOPLE);
    const placed = new Set(layoutGraph.nodes.map((n) => n.id));
    const links = new Set(layoutGraph.edges.map(edgeKey));
    const seen = buildCoauthorGraph(selection.filter(papers, 'network'), people, { only: placed });
    const graph = { nodes: seen.nodes, edges: seen.edges.filter((e) => links.has(edgeKey(e))) };
    return networkExport({
      title: 'Coauthor network',
      layoutGraph,
      graph,
      nodeColor: categoryNodeColor(colors),
      legend: networkCategoryLegend(graph, colors),
      selected: new Set(selection.get('network')?.value ?? []),
      width: width ?? 640,
      height: 460,
      filters: filters(selection),
    });
  },
  ...TREND_CHARTS,
};
