/// <reference lib="webworker" />
/**
 * The network layout worker: large coauthor graphs (hundreds to thousands of people) are laid out
 * here so the page stays responsive while ForceAtlas2 runs. Same function as on the page and in
 * the CLI, so the picture does not depend on where it was computed.
 */
import { layoutNetwork } from '../model/network-layout';
import type { LayoutRequest, LayoutResponse } from './layout-protocol';

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const { id, graph, options, initial } = e.data;
  try {
    const at = layoutNetwork(graph, { ...options, initial: initial ? new Map(initial) : undefined });
    const ids = graph.nodes.map((n) => n.id);
    const xy = new Float64Array(2 * ids.length);
    ids.forEach((node, i) => {
      const p = at.get(node)!;
      [xy[2 * i], xy[2 * i + 1]] = [p.x, p.y];
    });
    self.postMessage({ id, ids, xy } satisfies LayoutResponse, { transfer: [xy.buffer] });
  } catch (error) {
    self.postMessage({
      id,
      error: error instanceof Error ? error.message : String(error),
    } satisfies LayoutResponse);
  }
};
