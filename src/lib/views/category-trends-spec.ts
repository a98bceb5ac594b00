/**
 * Plot options for category trends: each category's share of a year's papers as a normalised
 * stacked area, stepped so each year is one flat band (sparse years would otherwise draw
 * spikes). Years without papers are veiled, not drawn as zero. Categories outside the selection
 * are dimmed.
 */
import * as Plot from '@observablehq/plot';
import type { CategoryShare } from '../model/category-trends';
import { OTHER_COLOR } from '../model/palette';
import { everyNth, yearTickEvery } from './year-ticks';
import { chartStyle } from './chart-style';

export interface CategoryTrendsSpecInput {
  rows: readonly CategoryShare[];
  colors: ReadonlyMap<string, string>;
  selected: ReadonlySet<string>;
  years: readonly number[];
  width: number;
  height: number;
  fontSize?: number;
}

interface Band extends CategoryShare {
  y1: number;
  y2: number;
}

/**
 * Stacks the shares of each year in category order (the order of `rows`), with a copy of the
 * first and last year half a year outside, so a stepped area gives those years full width.
 */
export function stackShares(rows: readonly CategoryShare[]): Band[] {
  const base = new Map<number, number>();
  const bands = rows
    .filter((r) => !Number.isNaN(r.share))
    .map((r) => {
      const y1 = base.get(r.year) ?? 0;
      base.set(r.year, y1 + r.share);
      return { ...r, y1, y2: y1 + r.share };
    });
  if (!bands.length) return bands;
  const first = Math.min(...bands.map((b) => b.year));
  const last = Math.max(...bands.map((b) => b.year));
  return [
    ...bands.filter((b) => b.year === first).map((b) => ({ ...b, year: first - 0.5 })),
    ...bands,
    ...bands.filter((b) => b.year === last).map((b) => ({ ...b, year: last + 0.5 })),
  ].sort((a, b) => a.year - b.year);
}

export function categoryTrendsSpec(input: CategoryTrendsSpecInput): Plot.PlotOptions {
  const { rows, colors, selected, years } = input;
  const fontSize = input.fontSize ?? 12;
  const cats = [...new Set(rows.map((r) => r.category))];
  const bands = stackShares(rows);
  const dated = new Set(bands.map((b) => b.year));
  const empty = years.filter((y) => !dated.has(y));
  const tickEvery = yearTickEvery(years.length, input.width - fontSize * 4.2, fontSize);
  const dim = (c: string) => (selected.size && !selected.has(c) ? 0.3 : 0.9);
  return {
    width: input.width,
    height: input.height,
    marginLeft: fontSize * 3.2,
    marginTop: fontSize * 2,
    marginBottom: fontSize * 2.5,
    marginRight: fontSize,
    style: chartStyle(fontSize),
    x: {
      domain: [years[0] - 0.5, years[years.length - 1] + 0.5],
      label: null,
      tickFormat: 'd',
      ticks: everyNth(years, tickEvery),
    },
    // A share label about every three lines of type: 0, 50, 100% in a small frame, not 5% steps on a slide.
    y: {
      label: '↑ Share of papers',
      domain: [0, 1],
      tickFormat: '%',
      grid: true,
      ticks: Math.max(2, Math.round((input.height - fontSize * 4.5) / (fontSize * 3.5))),
    },
    color: {
      domain: cats,
      range: cats.map((c) => colors.get(c) ?? OTHER_COLOR),
    },
    marks: [
      ...cats.map((c) =>
        Plot.areaY(
          bands.filter((b) => b.category === c),
          {
            x: 'year',
            y1: 'y1',
            y2: 'y2',
            fill: 'category',
            fillOpacity: dim(c),
            curve: 'step',
            ariaHidden: 'true',
          },
        ),
      ),
      // Empty years are covered, not drawn as zero: the stepped area bridges them, and a
      // see-through cover let the neighbours' colours show as if they were that year's.
      Plot.rect(empty, {
        x1: (y: number) => y - 0.5,
        x2: (y: number) => y + 0.5,
        y1: 0,
        y2: 1,
        fill: 'var(--panel)',
        ariaHidden: 'true',
      }),
      Plot.text(empty, {
        x: (y: number) => y,
        y: 0.5,
        text: () => 'no papers',
        rotate: -90,
        fill: 'var(--muted)',
        ariaHidden: 'true',
      }),
    ],
  };
}
