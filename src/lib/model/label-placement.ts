/**
 * Greedy label placement: labels for the most important nodes first, each kept only if it does
 * not overlap a label already placed. Labels sit centred below their node.
 */

export interface LabelCandidate {
  id: string;
  /** Node centre and radius, in the same px space as the chart. */
  x: number;
  y: number;
  r: number;
  label: string;
  /** Higher is placed first (e.g. paper count). */
  priority: number;
}

export interface LabelOptions {
  fontSize: number;
  maxLabels: number;
}

export interface LabelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Gap between a node's edge and its label, in px. */
const GAP = 2;

/** Estimated width of a label: 0.6 × font size per character. */
export function labelWidth(label: string, fontSize: number): number {
  return 0.6 * fontSize * label.length;
}

/** The box a label occupies: centred under its node, one line high. */
export function labelBox(node: LabelCandidate, fontSize: number): LabelBox {
  const half = labelWidth(node.label, fontSize) / 2;
  const top = node.y + node.r + GAP;
  return { x0: node.x - half, y0: top, x1: node.x + half, y1: top + fontSize };
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Ids of the nodes whose labels fit, in placement order: by priority (descending, ties by id),
 * at most `maxLabels`. Does not modify its input.
 */
export function placeLabels(nodes: readonly LabelCandidate[], options: LabelOptions): string[] {
  const { fontSize, maxLabels } = options;
  const order = nodes
    .filter((n) => n.label.trim() !== '')
    .sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed: LabelBox[] = [];
  const ids: string[] = [];
  for (const node of order) {
    if (ids.length >= maxLabels) break;
    const box = labelBox(node, fontSize);
    if (placed.some((p) => overlaps(p, box))) continue;
    placed.push(box);
    ids.push(node.id);
  }
  return ids;
}
