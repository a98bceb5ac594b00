/**
 * Where the network's people sit: small graphs laid out at once (the first paint shows them
 * placed), large ones in the layout worker, warm-started from the previous layout when only the
 * people shown changed. People dragged by hand stay where they were put until the next layout.
 * Call during component set-up.
 */
import { untrack } from 'svelte';
import type { CoauthorGraph } from '../../model/coauthor-graph';
import { FAST_LAYOUT_FROM, layoutNetwork, type LayoutOptions } from '../../model/network-layout';
import { LayoutClient } from '../../workers/layout-client';

export type Point = { x: number; y: number };
const NOWHERE = new Map<string, Point>();

export interface Placement {
  /** Person id → position (empty until a large graph's first layout arrives). */
  readonly at: ReadonlyMap<string, Point>;
  /** True while the worker lays out a graph that is not the one shown. */
  readonly laying: boolean;
  /** Where a person is drawn: where they were dragged to, else where the layout put them. */
  pos(id: string): Point;
  /** Puts a person somewhere by hand. */
  move(id: string, to: Point): void;
}

export function placement(graph: () => CoauthorGraph | null, options: () => LayoutOptions): Placement {
  const now = $derived.by(() => {
    const g = graph();
    return g && g.nodes.length < FAST_LAYOUT_FROM ? layoutNetwork(g, options()) : null;
  });
  type Placed = { graph: CoauthorGraph; options: LayoutOptions; at: Map<string, Point> };
  let later = $state.raw<Placed | null>(null);
  const client = new LayoutClient();
  $effect(() => () => client.terminate());
  $effect(() => {
    const g = graph();
    if (!g || now) return;
    const o = options();
    const previous = untrack(() => later);
    const sameBox = previous?.options.width === o.width && previous.options.height === o.height;
    void client.layout(g, { ...o, initial: sameBox ? previous.at : undefined }).then((at) => {
      if (at) later = { graph: g, options: o, at };
    });
  });
  const at = $derived(now ?? later?.at ?? NOWHERE);
  let moved = $state<Record<string, Point>>({});
  // Manual moves belong to one layout; a new layout starts clean.
  $effect(() => {
    void at;
    moved = {};
  });
  return {
    get at() {
      return at;
    },
    get laying() {
      const g = graph();
      return g !== null && !now && later?.graph !== g;
    },
    pos: (id) => moved[id] ?? at.get(id) ?? { x: 0, y: 0 },
    move(id, to) {
      moved = { ...moved, [id]: to };
    },
  };
}
