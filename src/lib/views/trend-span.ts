import type { ViewFrame } from './view';

/**
 * The year span a trend view exports over; a collection with no dated paper has no trend, and
 * saying so beats exporting an empty chart.
 */
export function trendSpanOf(frame: ViewFrame): { first: number; last: number } {
  const span = frame.info.span;
  if (!span) throw new Error('no paper has a year, so there is no trend');
  return span;
}
