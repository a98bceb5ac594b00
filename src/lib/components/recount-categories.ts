/**
 * The categories chart's selection bars and counts updated in place. A click changes the
 * selection's count of each category, which bars are dimmed and the counts beside them; the rows,
 * labels and ghosts stay (`categoriesFrame`). Drawing the chart again with Plot, labels and all,
 * cost a good part of the click's frame, so the page moves the bars and rewrites the counts.
 * Positions come from the drawn chart's x scale, as Plot places a `barX` from zero, so the result
 * is the chart Plot would draw (test/component/in-place-charts.test.ts compares them).
 */
import type { CategoryCount } from '../model/category-counts';
import { COUNT_BARS_CLASS, COUNT_TEXT_CLASS, countText, dimOf } from '../views/categories-spec';
import type { PlotElement } from './page-plot';
import { setChanged } from './set-changed';

/** Updates the bars and counts of `plot` (drawn by `categoriesSpec` for these rows, in this order). */
export function recountCategories(
  plot: PlotElement,
  cats: readonly CategoryCount[],
  selected: ReadonlySet<string>,
): boolean {
  const bars = plot.querySelector(`g.${COUNT_BARS_CLASS}`);
  const counts = plot.querySelector(`g.${COUNT_TEXT_CLASS}`);
  const x = plot.scale('x');
  if (!bars || !counts || !x || bars.childElementCount !== cats.length) return false;
  if (counts.childElementCount !== cats.length) return false;
  const dim = dimOf(selected);
  const x0 = x.apply(0);
  let rect = bars.firstElementChild;
  let text = counts.firstElementChild;
  for (const c of cats) {
    const x1 = x.apply(c.count);
    setChanged(rect!, 'x', String(Math.min(x0, x1)));
    setChanged(rect!, 'width', String(Math.abs(x1 - x0)));
    setChanged(rect!, 'fill-opacity', String(dim(c)));
    const label = countText(c);
    if (text!.textContent !== label) text!.textContent = label;
    rect = rect!.nextElementSibling;
    text = text!.nextElementSibling;
  }
  return true;
}
