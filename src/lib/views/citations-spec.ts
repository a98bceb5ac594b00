/**
 * Plot options for the Citations view: citations received each year, stacked by the cited
 * paper's primary category, with the h-index at that year's end written above each bar (a
 * second number on the same bars rather than a second axis). Years outside a selected span of
 * citing years are dimmed.
 */
import * as Plot from '@observablehq/plot';
import { tickIncrement } from 'd3-array';
import { OTHER_COLOR } from '../model/palette';
import type { YearRange } from '../source/filter';
import { everyNth, yearTickEvery } from './year-ticks';

export interface CitationYearCell {
  year: number;
  /** The cited papers' primary category; '' for none. */
  category: string;
  citations: number;
}

export interface CitationsSpecInput {
  rows: readonly CitationYearCell[];
  /** Every year drawn, ascending (empty years as gaps). */
  years: readonly number[];
  hIndexByYear: readonly { year: number; hIndex: number }[];
  colors: ReadonlyMap<string, string>;
  range: YearRange | null;
  width: number;
  height: number;
  fontSize?: number;
}

/** A category's colour in this view: grey for none (and for any the palette has no colour for). */
export function citationColor(colors: ReadonlyMap<string, string>, category: string): string {
  return (category && colors.get(category)) || OTHER_COLOR;
}

export function citationsSpec(input: CitationsSpecInput): Plot.PlotOptions {
  const { rows, years, range, colors } = input;
  const fontSize = input.fontSize ?? 12;
  const inRange = (year: number) => !range || (year >= range.from && year <= range.to);
  const totals = new Map<number, number>();
  for (const r of rows) totals.set(r.year, (totals.get(r.year) ?? 0) + r.citations);
  const yMax = Math.max(1, ...totals.values());
  const step = Math.max(1, tickIncrement(0, yMax * 1.12, 5));
  // Headroom over the tallest bar for its "h N" label, clear of the axis label.
  const top = Math.ceil((yMax * 1.12) / step) * step;
  const cats = [...new Set(rows.map((r) => r.category))].sort();
  const marginLeft = fontSize * 3.5;
  const tickEvery = yearTickEvery(years.length, input.width - marginLeft - 20, fontSize);
  // "h 12" is about 2.2 em wide: on narrower bars only the labelled years get one.
  const barWidth = ((input.width - marginLeft - 20) / Math.max(1, years.length)) * 0.8;
  const labelled = new Set(barWidth >= fontSize * 2.4 ? years : everyNth(years, tickEvery));
  const hRows = input.hIndexByYear.filter((h) => labelled.has(h.year) && totals.has(h.year));
  return {
    width: input.width,
    height: input.height,
    marginLeft,
    marginTop: fontSize * 2,
    marginBottom: fontSize * 2.5,
    style: {
      fontSize: `${fontSize}px`,
      fontFamily: 'inherit',
      background: 'transparent',
      overflow: 'visible',
    },
    x: {
      type: 'band',
      domain: years,
      label: null,
      padding: 0.2,
      tickFormat: 'd',
      ticks: everyNth(years, tickEvery),
    },
    y: {
      label: '↑ Citations received',
      grid: true,
      domain: [0, top],
      ticks: Array.from({ length: top / step + 1 }, (_, i) => i * step),
      tickFormat: ',d',
    },
    color: { domain: cats, range: cats.map((c) => citationColor(colors, c)) },
    marks: [
      Plot.barY(rows, {
        x: 'year',
        y: 'citations',
        fill: 'category',
        fillOpacity: (r: CitationYearCell) => (inRange(r.year) ? 1 : 0.3),
        ariaHidden: 'true',
      }),
      Plot.text(hRows, {
        x: 'year',
        y: (h: { year: number }) => totals.get(h.year) ?? 0,
        text: (h: { hIndex: number }) => `h ${h.hIndex}`,
        dy: -fontSize * 0.7,
        fill: 'var(--text)',
        ariaHidden: 'true',
      }),
      Plot.ruleY([0], { ariaHidden: 'true' }),
    ],
  };
}
