/**
 * Plot options for the terms view: a heatmap of terms (rows) × years (columns). A cell's shade is
 * the share of that year's papers using the term, its number the papers; bursts are outlined.
 * A plain function of data, so the app and the CLI draw the same chart.
 */
import * as Plot from '@observablehq/plot';
import type { TermBurst, TermCell } from '../model/term-trends';
import { everyNth, yearTickEvery } from './year-ticks';
import { chartStyle } from './chart-style';

export interface TermsSpecInput {
  cells: readonly TermCell[];
  /** Term keys in row order, with their display forms. */
  rows: readonly { key: string; term: string }[];
  years: readonly number[];
  selected: ReadonlySet<string>;
  bursts?: readonly TermBurst[];
  width: number;
  fontSize?: number;
}

/** Height of one term row at font size 12, in px. */
export const TERM_ROW_HEIGHT = 24;

/** The heat map's height: a row per term and room for the year axis. */
export function termsHeight(rows: number, fontSize = 12): number {
  return (rows * TERM_ROW_HEIGHT * fontSize) / 12 + fontSize * 3;
}

/** Characters a term label may take: 28, fewer when the chart is narrow (at most two fifths of it). */
export function termLabelChars(width: number, fontSize = 12): number {
  return Math.max(6, Math.min(28, Math.floor((width * 0.4 - 12) / (fontSize * 0.6))));
}

/** Left margin that fits the longest term label. */
export function termsMarginLeft(rows: readonly { term: string }[], fontSize = 12, width = Infinity): number {
  const longest = Math.max(4, ...rows.map((r) => r.term.length));
  return Math.ceil(Math.min(longest, termLabelChars(width, fontSize)) * fontSize * 0.6) + 12;
}

/**
 * Whether each cell is wide enough for its number (digits about 0.6 em wide, plus a little room):
 * three decades of a large collection make cells narrower than "1234", and crowded numbers
 * overlap; then the shade alone shows the share (the Table and each row's tooltip have the numbers).
 */
export function termNumbersFit(
  input: Pick<TermsSpecInput, 'cells' | 'rows' | 'years' | 'width' | 'fontSize'>,
): boolean {
  const fontSize = input.fontSize ?? 12;
  const plotWidth = input.width - termsMarginLeft(input.rows, fontSize, input.width) - 4;
  const cellWidth = (plotWidth / Math.max(1, input.years.length)) * 0.94;
  const digits = String(Math.max(0, ...input.cells.map((c) => c.papers))).length;
  return cellWidth >= (digits * 0.6 + 0.5) * fontSize;
}

export function termsSpec(input: TermsSpecInput): Plot.PlotOptions {
  const { cells, rows, years, selected } = input;
  const fontSize = input.fontSize ?? 12;
  const anySelected = selected.size > 0;
  const labelOf = new Map(rows.map((r) => [r.key, r.term]));
  // A burst may run through years without papers (they cost the automaton nothing): the outline
  // goes only round the years that have papers, so it never frames an empty column.
  const inBurst = (c: TermCell) =>
    c.total > 0 &&
    (input.bursts?.some((b) => b.key === c.key && c.year >= b.from && c.year <= b.to) ?? false);
  // Shade by share; a floor keeps a single paper visible next to a busy year's many.
  const opacity = (c: TermCell) => (c.papers === 0 ? 0 : 0.18 + 0.82 * c.share);
  const chars = termLabelChars(input.width, fontSize);
  const marginLeft = termsMarginLeft(rows, fontSize, input.width);
  const tickEvery = yearTickEvery(years.length, input.width - marginLeft - 4, fontSize);
  return {
    width: input.width,
    height: termsHeight(rows.length, fontSize),
    marginLeft,
    marginTop: 4,
    marginBottom: fontSize * 2.5,
    marginRight: 4,
    style: chartStyle(fontSize),
    // Opacities are shares already; Plot's default opacity scale would stretch them to the max.
    opacity: { type: 'identity' },
    x: {
      type: 'band',
      domain: years as number[],
      label: null,
      padding: 0.06,
      tickFormat: 'd',
      ticks: everyNth(years, tickEvery),
      tickSize: 0,
    },
    y: {
      type: 'band',
      domain: rows.map((r) => r.key),
      label: null,
      padding: 0.08,
      tickSize: 0,
      tickFormat: (k: string) => {
        const t = labelOf.get(k) ?? k;
        return t.length > chars ? `${t.slice(0, chars - 1)}…` : t;
      },
    },
    marks: [
      Plot.cell(cells, { x: 'year', y: 'key', fill: 'var(--ghost)', fillOpacity: 0.35, ariaHidden: 'true' }),
      Plot.cell(cells, {
        x: 'year',
        y: 'key',
        fill: 'var(--accent)',
        fillOpacity: (c: TermCell) => opacity(c) * (anySelected && !selected.has(c.key) ? 0.45 : 1),
        stroke: (c: TermCell) => (inBurst(c) ? 'var(--focus)' : 'none'),
        strokeWidth: 2,
        ariaHidden: 'true',
      }),
      Plot.text(termNumbersFit(input) ? cells.filter((c) => c.papers > 0) : [], {
        x: 'year',
        y: 'key',
        text: 'papers',
        fill: (c: TermCell) => (opacity(c) > 0.55 ? 'var(--accent-text)' : 'var(--text)'),
        ariaHidden: 'true',
      }),
    ],
  };
}
