/**
 * The keyboard walk's state, the same for the SVG and the canvas drawing: the person walked to
 * (announced in a live region) and the person holding the network's one tab stop. Create during
 * component set-up.
 */
import type { CoauthorGraph } from '../../model/coauthor-graph';
import { walkAnnouncement } from './network-keys';

export class NetworkWalk {
  /** The person the keyboard walked to; null once the walk ends. */
  walked = $state<string | null>(null);
  /** The person whose node last had focus. */
  focused = $state<string | null>(null);
  readonly #graph: () => CoauthorGraph;
  readonly #neighbours: () => ReadonlyMap<string, ReadonlySet<string>>;

  constructor(graph: () => CoauthorGraph, neighbours: () => ReadonlyMap<string, ReadonlySet<string>>) {
    this.#graph = graph;
    this.#neighbours = neighbours;
  }

  /** The node with the tab stop: the last focused one while drawn, else the first. */
  readonly tabStop = $derived.by(() => {
    const nodes = this.#graph().nodes;
    return nodes.some((n) => n.id === this.focused) ? this.focused : (nodes[0]?.id ?? null);
  });

  readonly announcement = $derived.by(() => {
    const nodes = this.#graph().nodes;
    const at = this.walked === null ? -1 : nodes.findIndex((n) => n.id === this.walked);
    if (at < 0) return '';
    const n = nodes[at];
    return walkAnnouncement(n, this.#neighbours().get(n.id)?.size ?? 0, at + 1, nodes.length);
  });

  /** Leaving the network ends the walk: coming back, the first person reached is announced again. */
  readonly focusOut = (e: FocusEvent) => {
    if (!(e.currentTarget as Element).contains(e.relatedTarget as Node | null)) this.walked = null;
  };
}
