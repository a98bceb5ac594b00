/**
 * A chart as one self-contained SVG file: title, legend, the chart drawn by its own spec, and a
 * source line, all as text, with colours and fonts written out for the chosen theme.
 *
 *   ┌ title (wrapped) ─────────────┐
 *   │ ■ legend  ■ entries (wrap)   │
 *   │   chart (fitted, centred)    │
 *   └ Data: …, as of …; filters: … ┘
 */
import type { Theme } from './theme-colors';
import { sourceLine, type ChartExport, type Provenance } from './chart-export';
import { serializeSvgContent } from './svg-serialize';
import { layoutLegend, wrapText } from './text-layout';
import { FONT_STACK, THEME_COLORS, resolveColor } from './theme-colors';
import { round, xmlAttributes, xmlElement } from './xml-escape';

export interface StandaloneOptions {
  /** Where the chart is drawn: the page's document, or jsdom's in Node. */
  doc: Document;
  theme: Theme;
  provenance: Provenance;
  background: 'solid' | 'transparent';
  /** The whole picture's size (a 1920×1080 slide, the CLI's --width/--height); absent: the chart's page size. */
  size?: { width: number; height: number };
}

export interface StandaloneSvg {
  svg: string;
  width: number;
  height: number;
}

/** Base type size for a picture: 12 px on the page, 24 px on a 1920×1080 slide. */
export function baseFontSize(width: number, height: number): number {
  return Math.max(12, Math.round(Math.min(width / 80, height / 45)));
}

/** Composes the standalone SVG of `chart`. */
export function standaloneSvg(chart: ChartExport, o: StandaloneOptions): StandaloneSvg {
  const colors = THEME_COLORS[o.theme];
  const f = o.size ? baseFontSize(o.size.width, o.size.height) : 12;
  const pad = Math.round(f * 1.5);
  const width = Math.round(o.size?.width ?? chart.width + 2 * pad);
  const inner = width - 2 * pad;
  const titleSize = Math.round(f * 1.5);
  const sourceSize = Math.round(f * 0.95);
  const titleLines = wrapText(chart.title, inner, titleSize, true);
  const legend = layoutLegend(chart.legend, inner, f);
  const source = sourceLine(o.provenance, chart.filters);
  const sourceLines = wrapText(source, inner, sourceSize);

  const parts: string[] = [];
  let y = pad;
  titleLines.forEach((line, i) => {
    const attrs = { x: pad, y: round(y + titleSize * (0.9 + i * 1.25)), 'font-size': titleSize };
    parts.push(xmlElement('text', { ...attrs, 'font-weight': 700 }, line));
  });
  y += titleLines.length * titleSize * 1.25 + f * 0.5;
  for (const { item, x, row } of legend.placed) {
    const top = y + row * f * 1.6;
    const fill = resolveColor(item.color, o.theme);
    parts.push(xmlElement('rect', { x: round(pad + x), y: round(top), width: f, height: f, rx: 2, fill }));
    const label = { x: round(pad + x + f * 1.4), y: round(top + f * 0.85), 'font-size': f };
    parts.push(xmlElement('text', label, item.label));
  }
  const chartTop = y + legend.rows * f * 1.6 + f * 0.6;
  const footer = sourceLines.length * sourceSize * 1.35 + f * 0.6 + pad * 0.8;
  const areaH = o.size ? Math.max(40, o.size.height - chartTop - footer) : chart.height;

  const drawn = chart.draw(o.doc, { width: inner, height: Math.round(areaH), fontSize: f });
  const dw = Number(drawn.getAttribute('width')) || inner;
  const dh = Number(drawn.getAttribute('height')) || areaH;
  const scale = o.size ? Math.min(inner / dw, areaH / dh) : Math.min(1, inner / dw);
  const height = Math.round(o.size?.height ?? chartTop + dh * scale + footer);
  const cx = pad + (inner - dw * scale) / 2;
  // Top-aligned under the legend: a short chart leaves room above the source line, not a gap.
  const cy = chartTop;
  const body = serializeSvgContent(drawn, o.theme);
  const transform = `translate(${round(cx)},${round(cy)})${scale === 1 ? '' : ` scale(${round(scale, 4)})`}`;
  parts.push(`<g transform="${transform}"${body.attributes}>${body.content}</g>`);

  const sourceTop = height - pad * 0.8 - sourceLines.length * sourceSize * 1.35;
  sourceLines.forEach((line, i) => {
    const attrs = { x: pad, y: round(sourceTop + sourceSize * (1 + i * 1.35)), 'font-size': sourceSize };
    parts.push(xmlElement('text', { ...attrs, fill: colors['--muted'] }, line));
  });

  const root = xmlAttributes({
    xmlns: 'http://www.w3.org/2000/svg',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'font-family': FONT_STACK,
    fill: colors['--text'],
  });
  const bg = o.background === 'solid' ? xmlElement('rect', { width, height, fill: colors['--panel'] }) : '';
  const head = xmlElement('title', {}, chart.title) + xmlElement('desc', {}, source);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n<svg${root}>${head}${bg}${parts.join('')}</svg>\n`;
  return { svg, width, height };
}
