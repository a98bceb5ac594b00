/**
 * An export for any chart drawn by an Observable Plot spec function: give the spec for a size and
 * the rows behind it. How the trend views (and later ones) join the export menu and the CLI:
 *
 *   exporter={plotExport({ name: 'code-availability', title, width, height, legend, filters,
 *     spec: (s) => codeAvailabilitySpec({ rows, ...s }), rows: () => rows })}
 */
import * as Plot from '@observablehq/plot';
import type { ChartExport, CsvRow, DrawSize } from './chart-export';

/** What every export says about its chart, as `ChartExport` has it, plus how to draw and list it. */
export interface PlotExportInput extends Pick<
  ChartExport,
  'name' | 'title' | 'width' | 'height' | 'legend' | 'filters'
> {
  /** The Plot options at a size; the same spec function the page uses. */
  spec: (size: DrawSize) => Plot.PlotOptions;
  rows: () => readonly object[];
}

/** A ChartExport that draws with `Plot.plot(spec(size))` in the given document. */
export function plotExport(input: PlotExportInput): ChartExport {
  return {
    name: input.name,
    title: input.title,
    width: input.width,
    height: input.height,
    legend: input.legend,
    filters: input.filters,
    draw: (doc, size) => Plot.plot({ ...input.spec(size), document: doc }) as SVGSVGElement,
    // Model rows are flat records of strings, numbers and booleans: CSV cells as they are.
    rows: () => input.rows().map((r) => ({ ...r }) as CsvRow),
  };
}
