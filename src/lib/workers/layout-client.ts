/**
 * The page's handle on the layout worker. The newest request wins: an answer to an older one
 * resolves to null, so a slider dragged across several sizes ends with the last size's layout.
 * Where a worker cannot start (the single-file build opened from file://), the layout runs on
 * the page instead.
 */
import { layoutNetwork, type LayoutOptions } from '../model/network-layout';
import type { CoauthorGraph } from '../model/coauthor-graph';
import { layoutGraphOf, type LayoutRequest, type LayoutResponse } from './layout-protocol';

type Positions = Map<string, { x: number; y: number }>;

export class LayoutClient {
  #worker: Worker | null = null;
  #failed = false;
  #last = 0;
  #pending = new Map<number, (answer: LayoutResponse | null) => void>();

  /** Positions of `graph`, or null when a newer request superseded this one. */
  async layout(graph: CoauthorGraph, options: LayoutOptions): Promise<Positions | null> {
    const id = ++this.#last;
    const worker = this.#start();
    if (!worker) return layoutNetwork(graph, options);
    const { initial, ...rest } = options;
    const request: LayoutRequest = {
      id,
      graph: layoutGraphOf(graph),
      options: rest,
      initial: initial ? [...initial] : undefined,
    };
    const answer = await new Promise<LayoutResponse | null>((resolve) => {
      this.#pending.set(id, resolve);
      worker.postMessage(request);
    });
    if (answer === null) return layoutNetwork(graph, options);
    if (id !== this.#last) return null;
    if ('error' in answer) throw new Error(answer.error);
    return new Map(answer.ids.map((node, i) => [node, { x: answer.xy[2 * i], y: answer.xy[2 * i + 1] }]));
  }

  terminate(): void {
    this.#worker?.terminate();
    this.#worker = null;
  }

  #start(): Worker | null {
    if (this.#worker || this.#failed) return this.#worker;
    try {
      const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<LayoutResponse>) => {
        this.#pending.get(e.data.id)?.(e.data);
        this.#pending.delete(e.data.id);
      };
      // A worker that cannot load answers every waiting request with null: they run on the page.
      worker.onerror = (e) => {
        e.preventDefault();
        this.#failed = true;
        this.#worker = null;
        for (const resolve of this.#pending.values()) resolve(null);
        this.#pending.clear();
      };
      this.#worker = worker;
    } catch {
      this.#failed = true;
    }
    return this.#worker;
  }
}
