/**
 * What a chart hands to the export code: how to draw itself at a size (with the same spec
 * function as on the page), its title, legend and the rows behind it. The app's chart components
 * and the CLI build these alike, so both export the same picture.
 */

/** One legend entry: a swatch colour (a CSS colour or a page variable such as `var(--ghost)`). */
export interface LegendItem {
  label: string;
  color: string;
}

/** The drawing area and the base type size (12 px on the page, larger on slides). */
export interface DrawSize {
  width: number;
  height: number;
  fontSize: number;
}

export type CsvRow = Record<string, string | number | boolean | null>;

export interface ChartExport {
  /** File-name stem: `timeline`, `categories`, `network`. */
  name: string;
  title: string;
  /** The chart's size on the page ("current size"). */
  width: number;
  height: number;
  legend: readonly LegendItem[];
  /** Chip labels of the active filters, in chip order. */
  filters: readonly string[];
  /** The chart alone as an `<svg>` element of `doc`, about `size` large (it may be smaller). */
  draw(doc: Document, size: DrawSize): SVGSVGElement;
  /** The data behind the chart, one object per CSV row. */
  rows(): CsvRow[];
}

/** Where the data came from, for the source line. */
export interface Provenance {
  /** File names or a label ("profile-walmsley.txt"). */
  source: string;
  /** ISO date the data describes. */
  asOf: string;
}

/** "Data: <source>, as of <date>; filters: <chip labels or none>". */
export function sourceLine(provenance: Provenance, filters: readonly string[]): string {
  const source = provenance.source.trim() || 'unknown source';
  const asOf = provenance.asOf.trim() || 'unknown date';
  return `Data: ${source}, as of ${asOf}; filters: ${filters.length ? filters.join(', ') : 'none'}`;
}

/** A file-name stem from any text: letters, digits and dashes only. */
export function fileStem(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase() || 'export'
  );
}
