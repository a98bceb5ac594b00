/**
 * The files the export menu offers for a chart, with their names: standalone SVG, PNG (browser
 * rasterisation) and the CSV of the rows behind it.
 */
import type { Theme } from './theme-colors';
import { fileStem, type ChartExport, type Provenance } from './chart-export';
import { rowsToCsv } from './csv-export';
import { svgToPng } from './png-browser';
import { standaloneSvg, type StandaloneSvg } from './standalone-svg';

/** 16:9 at 1080p, the size slides are made for. */
export const SLIDE_SIZE = { width: 1920, height: 1080 } as const;

export interface ImageOptions {
  theme: Theme;
  background: 'solid' | 'transparent';
  size: 'current' | 'slide';
  /** Device pixels per px for PNG. */
  scale: number;
}

function stem(chart: ChartExport, o: ImageOptions): string {
  return `${fileStem(chart.name)}${o.size === 'slide' ? `-${SLIDE_SIZE.width}x${SLIDE_SIZE.height}` : ''}`;
}

/** The chart's standalone SVG in the page's document. */
export function chartSvg(chart: ChartExport, o: ImageOptions, provenance: Provenance): StandaloneSvg {
  return standaloneSvg(chart, {
    doc: document,
    theme: o.theme,
    provenance,
    background: o.background,
    size: o.size === 'slide' ? SLIDE_SIZE : undefined,
  });
}

/** `timeline.svg`, `timeline-1920x1080.svg`. */
export function svgFileName(chart: ChartExport, o: ImageOptions): string {
  return `${stem(chart, o)}.svg`;
}

/** `timeline@2x.png`, `timeline-1920x1080.png`. */
export function pngFileName(chart: ChartExport, o: ImageOptions): string {
  return `${stem(chart, o)}${o.scale === 1 ? '' : `@${o.scale}x`}.png`;
}

/** The PNG of the chart's standalone SVG. */
export function chartPng(chart: ChartExport, o: ImageOptions, provenance: Provenance): Promise<Blob> {
  const { svg, width, height } = chartSvg(chart, o, provenance);
  return svgToPng(svg, width, height, o.scale);
}

/** The rows behind the chart as CSV, and its file name. */
export function chartCsv(chart: ChartExport): { text: string; name: string } {
  return { text: rowsToCsv(chart.rows()), name: `${fileStem(chart.name)}-data.csv` };
}
