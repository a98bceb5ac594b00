/**
 * What every view component is given: the source it asks, the one selection it reads and writes,
 * and how it is sized (the dashboard, a slide or an embed); and the frame its export is drawn in.
 */
import type { GroupKind } from '../model/group-kinds';
import type { DataSource } from '../source/questions';
import type { Selection } from '../state/selection.svelte';

export interface ViewProps {
  source: DataSource;
  selection: Selection;
  /** The chart's height on the dashboard; each view has its own default. */
  height?: number;
  fontSize?: number;
  /** Fill the box it is given (a slide, an embed) instead of taking `height`. */
  fit?: boolean;
}

/** A view whose marks take the category colours shared by the page. */
export interface ColoredViewProps extends ViewProps {
  colors: ReadonlyMap<string, string>;
  /** What the colours are the groups of ("Group by": arXiv category, venue, type, …). */
  group?: GroupKind;
}

/** The frame a view's export is drawn in: its size on the page and the filters it shows. */
export function exportFrame(
  width: number,
  height: number,
  selection: Selection,
): { width: number; height: number; filters: string[] } {
  return { width, height, filters: selection.clauses.map((c) => c.label) };
}
