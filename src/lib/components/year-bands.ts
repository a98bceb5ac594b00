/**
 * Where each year's column sits in a rendered Plot with a band x scale: the hit areas the
 * accessible overlay puts over the chart (one focusable button per year).
 */
import type { Granularity } from '../model/timeline';

export interface YearBand {
  year: number;
  x: number;
  w: number;
  top: number;
  h: number;
}

/** What a layer of year rects over a drawn chart is given (the year overlay, the timeline's brush). */
export interface YearLayerProps {
  bands: readonly YearBand[];
  width: number;
  height: number;
  /** A year's accessible name. */
  label: (year: number) => string;
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

/**
 * One band per year of a timeline whose x scale has a band per period: a year's band spans its
 * first to its last period (January to December by month), padding included; null before the
 * scales exist.
 */
export function periodYearBands(
  plot: RenderedPlot,
  years: readonly number[],
  granularity: Granularity,
): YearBand[] | null {
  const x = plot.scale('x');
  const y = plot.scale('y');
  if (!x?.apply || !y?.range) return null;
  const bw = x.bandwidth ?? 0;
  const pad = (x.step ?? bw) - bw;
  const [r0, r1] = y.range as [number, number];
  return years.map((year) => {
    const first = granularity === 'month' ? `${year}-01` : String(year);
    const last = granularity === 'month' ? `${year}-12` : String(year);
    const x0 = x.apply!(first) as number;
    const x1 = (x.apply!(last) as number) + bw;
    return {
      year,
      x: x0 - pad / 2,
      w: x1 - x0 + pad,
      top: Math.min(r0, r1),
      h: Math.max(r0, r1) - Math.min(r0, r1),
    };
  });
}
