/**
 * Where each year's column sits in a rendered Plot with a band x scale: the hit areas the
 * accessible overlay puts over the chart (one focusable button per year).
 */

export interface YearBand {
  year: number;
  x: number;
  w: number;
  top: number;
  h: number;
}

interface RenderedPlot {
  scale(
    name: 'x' | 'y',
  ): { apply?: (v: unknown) => unknown; step?: number; bandwidth?: number; range?: unknown } | undefined;
}

/** One band per year: the full step (bar and padding) wide, the y range high; [] before scales exist. */
export function yearBands(plot: RenderedPlot, years: readonly number[]): YearBand[] {
  const x = plot.scale('x');
  const y = plot.scale('y');
  if (!x?.apply || !y?.range) return [];
  const step = x.step ?? 0;
  const [r0, r1] = y.range as [number, number];
  return years.map((year) => ({
    year,
    x: (x.apply!(year) as number) - (step - (x.bandwidth ?? 0)) / 2,
    w: step,
    top: Math.min(r0, r1),
    h: Math.abs(r1 - r0),
  }));
}
