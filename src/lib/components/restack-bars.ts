/**
 * The timeline's stacked bars updated in place. A category or year click changes only the bars
 * (the axes, grid and ghost stay: `timelineFrame`); drawing the whole chart again with Plot was
 * most of the click's frame (its marks, axes and their layout), so the page keeps the chart and
 * moves the bars, reusing their rects in order. Positions come from the drawn chart's own scales
 * and are stacked as Plot stacks (`stackY`: each period's bars in row order, from zero), so the
 * result is the chart Plot would draw (test/component/in-place-charts.test.ts compares them).
 */
import type { TimelineRow } from '../model/timeline';
import type { YearRange } from '../source/filter';
import { FADED, inRangeOf, STACK_CLASS } from '../views/timeline-spec';
import type { PlotElement } from './page-plot';
import { setChanged } from './set-changed';

const SVG = 'http://www.w3.org/2000/svg';

/** Restacks the bars of `plot` (drawn by `timelineSpec`); false when it has no such bars. */
export function restackBars(
  plot: PlotElement,
  rows: readonly TimelineRow[],
  range: YearRange | null,
): boolean {
  const g = plot.querySelector(`g.${STACK_CLASS}`);
  if (!g) return false;
  const [x, y, color] = [plot.scale('x'), plot.scale('y'), plot.scale('color')];
  if (!x || !y || !color) return false;
  // A category the colour scale lacks would join its domain as Plot draws: drawn anew instead.
  const known = new Set(color.domain);
  if (rows.some((r) => r.count > 0 && !known.has(r.category))) return false;
  const width = String(x.bandwidth);
  const inRange = inRangeOf(range);
  const stacked = new Map<string, number>();
  let rect = g.firstElementChild;
  for (const r of rows) {
    if (!(r.count > 0)) continue;
    const from = stacked.get(r.period) ?? 0;
    const to = from + r.count;
    stacked.set(r.period, to);
    const [y1, y2] = [y.apply(from), y.apply(to)];
    if (!rect) rect = g.appendChild(document.createElementNS(SVG, 'rect'));
    setChanged(rect, 'x', String(x.apply(r.period)));
    setChanged(rect, 'width', width);
    setChanged(rect, 'y', String(Math.min(y1, y2)));
    setChanged(rect, 'height', String(Math.abs(y1 - y2)));
    setChanged(rect, 'fill', String(color.apply(r.category)));
    setChanged(rect, 'fill-opacity', String(inRange(r.year) ? 1 : FADED));
    rect = rect.nextElementSibling;
  }
  while (rect) {
    const next = rect.nextElementSibling;
    rect.remove();
    rect = next;
  }
  return true;
}
