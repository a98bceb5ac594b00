/**
 * A chart made of rows (terms, categories) in a box of fixed height — a slide, an embed frame:
 * the largest type from the chart's own size down to a floor at which every row fits, else the
 * floor and as many rows as fit. Fewer rows, never microscopic text.
 */

export interface RowFit {
  fontSize: number;
  /** Rows that fit, at most `count` and at least one. */
  rows: number;
}

export interface RowFitInput {
  count: number;
  /** The box's height, px. */
  height: number;
  fontSize: number;
  minFont: number;
  /** One row's height at a font size, px. */
  rowHeight: (fontSize: number) => number;
  /** Room the chart takes besides its rows (axis, margins) at a font size, px. */
  extra: (fontSize: number) => number;
}

export function fitRows(input: RowFitInput): RowFit {
  const { count, height, rowHeight, extra } = input;
  const minFont = Math.min(input.minFont, input.fontSize);
  for (let f = input.fontSize; f >= minFont; f--)
    if (count * rowHeight(f) + extra(f) <= height) return { fontSize: f, rows: count };
  const fits = Math.floor((height - extra(minFont)) / rowHeight(minFont));
  return { fontSize: minFont, rows: Math.max(1, Math.min(count, fits)) };
}

/** The smallest type a fitted chart may use: four fifths of its own size, never below 12 px. */
export function minFontFor(fontSize: number): number {
  return Math.min(fontSize, Math.max(12, Math.round(fontSize * 0.8)));
}
