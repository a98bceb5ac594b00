/**
 * The page's handle on the store worker: promises for imports and filters, progress callbacks,
 * and stale answers dropped (a filter superseded by a newer one resolves to null).
 */
import type { Paper } from '../data/paper';
import type { FilterOptions, StoreCounts, StoreQuery } from '../model/store-filter';
import { RequestIds, type StoreRequest, type StoreResponse } from './store-protocol';
import type { ImportProgress } from './store-import';

/** The part of a Worker the client uses (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: StoreRequest, transfer: Transferable[]): void;
  onmessage: ((e: MessageEvent<StoreResponse>) => void) | null;
  terminate(): void;
}

export type Loaded = Extract<StoreResponse, { type: 'loaded' }>;

interface Pending {
  resolve: (value: never) => void;
  reject: (error: Error) => void;
  onProgress?: (p: ImportProgress) => void;
}

/** Starts the real worker (a separate chunk, loaded when first needed). */
export function startStoreWorker(): WorkerLike {
  return new Worker(new URL('./store-worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}

export class StoreClient {
  readonly #worker: WorkerLike;
  readonly #ids = new RequestIds();
  readonly #pending = new Map<number, Pending>();

  constructor(worker: WorkerLike = startStoreWorker()) {
    this.#worker = worker;
    worker.onmessage = (e) => this.#receive(e.data);
  }

  /** Imports JSON-lines bytes (moved to the worker, not copied). */
  importJsonl(
    bytes: Uint8Array,
    file: string,
    onProgress?: (p: ImportProgress) => void,
    returnPapers = false,
  ): Promise<Loaded> {
    const id = this.#ids.next('import');
    return this.#send({ type: 'import', id, file, bytes, returnPapers }, [bytes.buffer], onProgress);
  }

  /** Builds the store from papers parsed on the page. */
  load(papers: Paper[]): Promise<Loaded> {
    const id = this.#ids.next('load');
    return this.#send({ type: 'load', id, papers }, []);
  }

  /** Counts for every view; null when a newer filter made this one stale. */
  filter(query: StoreQuery, options: FilterOptions = {}): Promise<StoreCounts | null> {
    const id = this.#ids.next('filter');
    return this.#send({ type: 'filter', id, query, options }, []);
  }

  terminate(): void {
    this.#worker.terminate();
    for (const p of this.#pending.values()) p.reject(new Error('The store worker was stopped.'));
    this.#pending.clear();
  }

  #send<T>(
    request: StoreRequest,
    transfer: Transferable[],
    onProgress?: (p: ImportProgress) => void,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(request.id, { resolve: resolve as (value: never) => void, reject, onProgress });
      this.#worker.postMessage(request, transfer);
    });
  }

  #receive(response: StoreResponse): void {
    const pending = this.#pending.get(response.id);
    if (!pending) return;
    if (response.type === 'progress') {
      pending.onProgress?.(response);
      return;
    }
    this.#pending.delete(response.id);
    if (response.type === 'error') pending.reject(new Error(response.message));
    else if (!this.#ids.isCurrent(response) || response.type === 'dropped') pending.resolve(null as never);
    else if (response.type === 'counts') pending.resolve(response.counts as never);
    else pending.resolve(response as never);
  }
}
