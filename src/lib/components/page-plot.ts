/**
 * Observable Plot for a chart on the page. Plot puts a <style> element in every chart it draws;
 * inserting or removing a stylesheet makes the browser recompute the style of the whole document,
 * and the dashboard redraws up to six charts per filter click. The same rules live once in
 * app.css for the class `plot`, and the per-chart copies are dropped. (Exports draw their own
 * standalone SVGs with the stylesheet kept.)
 */
import * as Plot from '@observablehq/plot';

export function pagePlot(options: Plot.PlotOptions): PlotElement {
  const plot = Plot.plot({ ...options, className: 'plot' });
  for (const style of plot.querySelectorAll('style')) style.remove();
  return plot;
}

/** A chart drawn by `pagePlot`. */
export type PlotElement = ReturnType<typeof Plot.plot>;
