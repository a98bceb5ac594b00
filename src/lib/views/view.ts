/**
 * What every view module gives the registry: its name, its own clause source, and how to draw
 * itself as an export from a source's answers. The page's components use the same module's
 * questions, rows, spec and summary piece by piece; the CLI's `render` uses `exportOf` whole.
 */
import type { ChartExport } from '../export/chart-export';
import type { GroupKind } from '../model/group-kinds';
import type { Filter, SourceId } from '../source/filter';
import type { CollectionInfo, DataSource } from '../source/questions';

export type ViewId =
  | 'timeline'
  | 'categories'
  | 'network'
  | 'papers'
  | 'terms'
  | 'category-trends'
  | 'collaboration'
  | 'code-availability'
  | 'citations';

/** What a view is drawn for: the selection, the collection's colours, and the chart's size. */
export interface ViewFrame {
  source: DataSource;
  info: CollectionInfo;
  /** The whole selection (each view leaves out its own clause). */
  filter: Filter;
  /** The chips' labels of the active filters, for the export's source line. */
  labels: readonly string[];
  /** Group → colour under `group`. */
  colors: ReadonlyMap<string, string>;
  /** What the category views group papers by. */
  group: GroupKind;
  /** The chart's width as if on the page; null for its usual width. */
  width: number | null;
}

export interface ViewRecipe {
  id: ViewId;
  title: string;
  /** The clause source the view publishes (null: it filters nothing). */
  own: SourceId | null;
  /** The view drawn for `frame`, as an export (SVG, PNG, CSV); rejects when the data cannot make it. */
  exportOf?(frame: ViewFrame): Promise<ChartExport>;
}

/** The years of a span, first to last. */
export function yearsOf(span: { first: number; last: number } | null): number[] {
  return span ? Array.from({ length: span.last - span.first + 1 }, (_, i) => span.first + i) : [];
}

/** Asks and waits (answers that come at once too). */
export async function answer<T>(value: T | Promise<T>): Promise<T> {
  return value;
}
