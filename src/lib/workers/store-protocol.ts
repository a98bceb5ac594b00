/**
 * Messages between the page and the store worker, and the bookkeeping that drops stale filter
 * results: every request carries an increasing id; the worker runs only the newest waiting filter
 * (older ones are answered `dropped`), and the page ignores any answer older than its last request.
 */
import type { Paper, Problem } from '../data/paper';
import type { FilterOptions, StoreCounts, StoreQuery } from '../model/store-filter';

export type StoreRequest =
  | { type: 'import'; id: number; file: string; bytes: Uint8Array; returnPapers?: boolean }
  | { type: 'load'; id: number; papers: Paper[] }
  | { type: 'filter'; id: number; query: StoreQuery; options?: FilterOptions };

/** What the page needs to read counts: the dictionaries and axes of the store. */
export interface StoreSummary {
  size: number;
  firstYear: number;
  years: number;
  categories: string[];
  people: string[];
  personNames: string[];
  /** Papers per category code in the whole collection (for `storeCategoryRows`). */
  categoryTotals: number[];
  merged: boolean;
}

export type StoreResponse =
  | { type: 'progress'; id: number; bytes: number; total: number; records: number }
  | {
      type: 'loaded';
      id: number;
      summary: StoreSummary;
      problems: Problem[];
      records: number;
      papers: Paper[] | null;
      ms: number;
    }
  | { type: 'counts'; id: number; counts: StoreCounts; ms: number }
  | { type: 'dropped'; id: number }
  | { type: 'error'; id: number; message: string };

/**
 * The worker's queue of filter requests: a newer filter replaces a waiting one, so a burst of
 * clicks costs one filter, not a backlog.
 */
export class LatestFilter {
  #waiting: Extract<StoreRequest, { type: 'filter' }> | null = null;

  /** Queues `request`; returns the id of the request it replaced (to answer `dropped`), if any. */
  offer(request: Extract<StoreRequest, { type: 'filter' }>): number | null {
    const replaced = this.#waiting;
    if (replaced && replaced.id > request.id) return request.id;
    this.#waiting = request;
    return replaced ? replaced.id : null;
  }

  /** The request to run now, if any; the queue is then empty. */
  take(): Extract<StoreRequest, { type: 'filter' }> | null {
    const next = this.#waiting;
    this.#waiting = null;
    return next;
  }
}

/** The page's side: numbers requests and tells whether an answer is still the latest. */
export class RequestIds {
  #last = 0;
  #latestFilter = 0;

  /** A fresh id; filter ids also become the only filter answer accepted from now on. */
  next(kind: StoreRequest['type']): number {
    const id = ++this.#last;
    if (kind === 'filter') this.#latestFilter = id;
    return id;
  }

  /** True for answers to keep: anything but a filter answer older than the latest filter request. */
  isCurrent(response: StoreResponse): boolean {
    if (response.type !== 'counts' && response.type !== 'dropped') return true;
    return response.id === this.#latestFilter;
  }
}

/** Counts ready to transfer: a selection that is a view into the store is copied, the rest moves as is. */
export function transferableCounts(counts: StoreCounts): { counts: StoreCounts; transfer: ArrayBuffer[] } {
  const own = (a: Uint32Array | null) => (a && a.byteLength !== a.buffer.byteLength ? a.slice() : a);
  const out: StoreCounts = { ...counts, selected: own(counts.selected) };
  const arrays = [out.timeline, out.timelineMonths, out.categories, out.people, out.selected];
  return { counts: out, transfer: arrays.filter((a) => a !== null).map((a) => a.buffer as ArrayBuffer) };
}
