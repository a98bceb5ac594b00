/**
 * The store worker's logic without the worker: it holds the store, imports, and answers filters,
 * coalescing a burst of filter requests into the newest one. `store-worker.ts` wires it to `self`;
 * tests drive it directly in Node.
 */
import { filterStore } from '../model/store-filter';
import { categoryTotals } from '../model/store-rows';
import { importJsonl, storeOfPapers, type ImportedStore } from './store-import';
import { LatestFilter, transferableCounts, type StoreRequest, type StoreResponse } from './store-protocol';

export type Post = (message: StoreResponse, transfer?: Transferable[]) => void;
/** Runs `fn` after the messages already queued (a macrotask), so newer filters can replace older ones. */
export type Schedule = (fn: () => void) => void;

export interface StoreService {
  receive(request: StoreRequest): void;
  /** The store held, for tests. */
  readonly current: ImportedStore | null;
}

/** A service posting its answers through `post`. */
export function createStoreService(post: Post, schedule: Schedule = (fn) => setTimeout(fn, 0)): StoreService {
  let current: ImportedStore | null = null;
  const filters = new LatestFilter();
  let scheduled = false;

  const loaded = (id: number, imported: ImportedStore, started: number, withPapers: boolean) => {
    current = imported;
    const { store } = imported;
    post({
      type: 'loaded',
      id,
      summary: {
        size: store.size,
        firstYear: store.firstYear,
        years: store.years,
        categories: [...store.categories],
        people: [...store.people],
        personNames: [...store.personNames],
        categoryTotals: [...categoryTotals(store)],
        merged: imported.merged,
      },
      problems: imported.problems,
      records: imported.records,
      papers: withPapers ? imported.papers : null,
      ms: performance.now() - started,
    });
  };

  const runFilter = () => {
    scheduled = false;
    const request = filters.take();
    if (!request) return;
    if (!current) {
      post({ type: 'error', id: request.id, message: 'No collection is loaded yet.' });
      return;
    }
    const started = performance.now();
    const counts = filterStore(current.store, request.query, request.options);
    const ready = transferableCounts(counts);
    post(
      { type: 'counts', id: request.id, counts: ready.counts, ms: performance.now() - started },
      ready.transfer,
    );
  };

  const handle = (request: StoreRequest) => {
    const started = performance.now();
    if (request.type === 'import') {
      const imported = importJsonl(request.bytes, {
        file: request.file,
        onProgress: (p) => post({ type: 'progress', id: request.id, ...p }),
      });
      loaded(request.id, imported, started, request.returnPapers === true);
    } else if (request.type === 'load') {
      loaded(request.id, storeOfPapers(request.papers), started, false);
    } else {
      const dropped = filters.offer(request);
      if (dropped !== null) post({ type: 'dropped', id: dropped });
      if (!scheduled) {
        scheduled = true;
        schedule(runFilter);
      }
    }
  };

  return {
    receive(request) {
      try {
        handle(request);
      } catch (e) {
        post({ type: 'error', id: request.id, message: e instanceof Error ? e.message : String(e) });
      }
    },
    get current() {
      return current;
    },
  };
}
