/**
 * Plot options for collaboration over time: per year, the coauthors met for the first time
 * stacked under those worked with before. Years outside a selected range are dimmed.
 */
import * as Plot from '@observablehq/plot';
import type { CollaborationYear } from '../model/collaboration';
import type { YearRange } from '../source/filter';
import { yearBarsFrame, yearBarsTickEvery } from './year-bars-frame';

export const NEW_COLOR = 'var(--accent)';
export const RETURNING_COLOR = 'var(--muted)';

export interface CollaborationSpecInput {
  rows: readonly CollaborationYear[];
  range: YearRange | null;
  width: number;
  height: number;
  fontSize?: number;
}

export function collaborationSpec(input: CollaborationSpecInput): Plot.PlotOptions {
  const { rows, range } = input;
  const fontSize = input.fontSize ?? 12;
  const inRange = (year: number) => !range || (year >= range.from && year <= range.to);
  const stacked = rows.flatMap((r) => [
    { year: r.year, kind: 'New', count: r.newCoauthors },
    { year: r.year, kind: 'Returning', count: r.returning },
  ]);
  const yMax = Math.max(1, ...rows.map((r) => r.coauthors));
  const years = rows.map((r) => r.year);
  const tickEvery = yearBarsTickEvery(years, input.width, fontSize);
  return {
    ...yearBarsFrame(input, fontSize, years, tickEvery),
    opacity: { type: 'identity' },
    y: { label: '↑ Coauthors', grid: true, domain: [0, yMax], ticks: Math.min(6, yMax), tickFormat: 'd' },
    color: { domain: ['New', 'Returning'], range: [NEW_COLOR, RETURNING_COLOR] },
    marks: [
      Plot.barY(stacked, {
        x: 'year',
        y: 'count',
        fill: 'kind',
        fillOpacity: (d: { year: number }) => (inRange(d.year) ? 1 : 0.3),
        ariaHidden: 'true',
      }),
      Plot.ruleY([0], { ariaHidden: 'true' }),
    ],
  };
}
