/**
 * Plot options for the timeline: stacked bars per period and category over an unfiltered "ghost".
 * A plain function of data, so the app and the CLI draw the same chart.
 */
import * as Plot from '@observablehq/plot';
import { tickIncrement } from 'd3-array';
import type { TimelineRow, Granularity } from '../model/timeline';
import { OTHER_COLOR } from '../model/palette';
import type { YearRange } from '../source/filter';
import { everyNth, yearTickEvery } from './year-ticks';
import { chartStyle } from './chart-style';

/** The opacity of bars outside the selected years. */
export const FADED = 0.3;

export interface TimelineSpecInput {
  rows: readonly TimelineRow[];
  ghost: ReadonlyMap<string, number>;
  periods: readonly string[];
  colors: ReadonlyMap<string, string>;
  granularity: Granularity;
  cumulative: boolean;
  range: YearRange | null;
  width: number;
  height: number;
  /** Larger type for slides. */
  fontSize?: number;
}

/** The class of the stacked bars' mark, which the page restacks in place (components/restack-bars.ts). */
export const STACK_CLASS = 'timeline-stack';

/** Whether a period's year is in the selected range (bars outside it are faded). */
export const inRangeOf = (range: YearRange | null) => (year: number) =>
  !range || (year >= range.from && year <= range.to);

/**
 * Everything of the chart but its stacked bars: two inputs with the same frame draw the same axes,
 * grid and ghost, so a filter that changes only the bars can restack them in place.
 */
export function timelineFrame(input: TimelineSpecInput): string {
  const { ghost, periods, colors, granularity, cumulative, width, height } = input;
  return JSON.stringify([
    [width, height, input.fontSize ?? 12, granularity, cumulative],
    yTicksOf(input).at(-1),
    periods.map((p) => ghost.get(p) ?? 0),
    periods,
    [...colors],
  ]);
}

/**
 * About six round, whole steps (1, 2, 5 × 10^k), up to the first at or above the tallest bar:
 * 0, 1,000 … 8,000 for 7,601 papers rather than 0, 1,267 … 6,335.
 */
function yTicksOf({ rows, ghost, periods }: TimelineSpecInput): number[] {
  let yMax = 1;
  for (const p of periods) yMax = Math.max(yMax, ghost.get(p) ?? 0);
  for (const r of rows) yMax = Math.max(yMax, r.count);
  const yIncrement = tickIncrement(0, yMax, 6);
  const yStep = yIncrement > 1 ? yIncrement : 1;
  return Array.from({ length: Math.ceil(yMax / yStep) + 1 }, (_, i) => i * yStep);
}

export function timelineSpec(input: TimelineSpecInput): Plot.PlotOptions {
  const { rows, ghost, periods, colors, range, granularity } = input;
  const inRange = inRangeOf(range);
  const ghostRows = periods.map((period) => ({ period, count: ghost.get(period) ?? 0 }));
  const cats = [...colors.keys()];
  const fontSize = input.fontSize ?? 12;
  const yTicks = yTicksOf(input);
  const marginLeft = fontSize * 3;
  // Plot's default right margin is 20 px.
  const tickEvery = yearTickEvery(
    periods.length,
    input.width - marginLeft - 20,
    fontSize,
    granularity === 'month' ? 12 : 1,
  );
  return {
    width: input.width,
    height: input.height,
    marginLeft,
    marginBottom: fontSize * 2.5,
    marginTop: fontSize * 2,
    style: chartStyle(fontSize),
    x: {
      type: 'band',
      domain: periods as string[],
      label: null,
      padding: granularity === 'month' ? 0.05 : 0.15,
      tickFormat: (d: string) => (granularity === 'month' ? d.slice(0, 4) : d),
      ticks: everyNth(periods, tickEvery),
    },
    y: {
      label: input.cumulative ? '↑ Papers (cumulative)' : '↑ Papers',
      grid: true,
      domain: [0, yTicks[yTicks.length - 1]],
      ticks: yTicks,
      tickFormat: 'd',
    },
    // '' is the rows' category for papers without one: grey, which no category has.
    color: {
      domain: [...cats, ''],
      range: [...cats.map((c) => colors.get(c) ?? OTHER_COLOR), OTHER_COLOR],
    },
    marks: [
      Plot.barY(ghostRows, { x: 'period', y: 'count', fill: 'var(--ghost)', ariaHidden: 'true' }),
      Plot.barY(
        rows.filter((r) => r.count > 0),
        {
          x: 'period',
          y: 'count',
          fill: 'category',
          fillOpacity: (r: TimelineRow) => (inRange(r.year) ? 1 : FADED),
          ariaHidden: 'true',
          className: STACK_CLASS,
        },
      ),
      Plot.ruleY([0], { ariaHidden: 'true' }),
    ],
  };
}
