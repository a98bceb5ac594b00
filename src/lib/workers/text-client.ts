/**
 * The page's handle on the text worker (terms and text search), one per collection (a new collection gets a new worker,
 * so the old one's term dictionaries go with it). The newest `view` wins: an answer to an older
 * one resolves to null. Where a worker cannot start (the single-file build opened from file://),
 * the same service runs on the page.
 */
import type { TextRequest, TextResponse, TextWorkerLike } from './text-protocol';
import { foundPapers, type FoundPapers } from '../model/found-papers';
import type { TermsFeed } from './text-feed';
import {
  TextService,
  type TermMatch,
  type TermsViewQuery,
  type TermsViewResult,
  type TextRecord,
} from './text-service';

export type { TextWorkerLike };

/** Which papers mention the terms asked for so far: a term filter's predicate, mask and chip text. */
export interface TermMatcher {
  has(paper: object, keys: readonly string[]): boolean;
  /** Per paper of `papers`, 1 where it mentions every key. */
  mask(papers: readonly object[], keys: readonly string[]): Uint8Array;
  surface(key: string): string;
}

/**
 * From this size the worker does the work, off the page (the size from which the slower views
 * also follow the first paint); below it the page tokenises once and counts terms fast enough to
 * stay in the click's frame.
 */
export const WORKER_FROM = 2000;

/** Papers indexed per task ahead of the first search: some 15 ms (about 30 µs a paper). */
const INDEX_STEP = 500;

/**
 * The next task, by a message to itself: nested timers wait at least 4 ms each, which at 2,000
 * steps (10^6 papers) would be 8 s of waiting.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/** Papers per message: a few megabytes of text, so each copy stays a short task. */
const CHUNK = 4000;

export function startTextWorker(): TextWorkerLike {
  return new Worker(new URL('./text-worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as TextWorkerLike;
}

export class TextClient {
  readonly papers: readonly TextRecord[];
  #worker: TextWorkerLike | null = null;
  #page: TextService | null = null;
  #sent!: Promise<void>;
  #last = 0;
  #lastView = 0;
  #pending = new Map<number, (answer: TextResponse | null) => void>();
  #matches = new Map<string, { found: FoundPapers; surface: string }>();
  /** Stopped (its collection was replaced): answers nothing, runs nothing on the page. */
  #closed = false;
  /** Searched here (a worker fed as a file streamed in keeps terms only; the text is here). */
  #searchHere = false;
  #viewed!: () => void;
  /** Resolves once a terms view was counted (on this thread, or by a worker fed as a file streamed). */
  readonly #firstView = new Promise<void>((resolve) => (this.#viewed = resolve));

  /** `fed`: a worker that already holds these papers' terms (see text-feed.ts). */
  constructor(
    papers: readonly TextRecord[],
    start: () => TextWorkerLike = startTextWorker,
    workerFrom = WORKER_FROM,
    fed: TextWorkerLike | null = null,
  ) {
    this.papers = papers;
    if (fed) {
      this.#searchHere = true;
      this.#sent = Promise.resolve();
      this.#listen(fed);
      return;
    }
    if (papers.length < workerFrom) {
      // Small enough to count on the page within the click's frame (no round trip).
      this.#sent = Promise.resolve();
      return;
    }
    try {
      this.#listen(start());
    } catch {
      this.#worker = null;
    }
    this.#sent = this.#send();
  }

  #listen(worker: TextWorkerLike): void {
    worker.onmessage = (e) => this.#receive(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      this.#fail();
    };
    this.#worker = worker;
  }

  /** The terms view of the papers at `query.indexes`; null when a newer view superseded it. */
  async view(query: TermsViewQuery): Promise<TermsViewResult | null> {
    const id = ++this.#last;
    this.#lastView = id;
    const answer = await this.#ask({ type: 'view', id, query: { ...query, selected: [...query.selected] } });
    if (id !== this.#lastView) return null;
    if (answer === null) {
      if (this.#closed) return null;
      const result = this.#service().view(query);
      this.#viewed();
      return result;
    }
    if (answer.type === 'view') {
      this.#viewed();
      return answer.result;
    }
    if (answer.type === 'error') throw new Error(answer.message);
    return null;
  }

  /** A matcher that knows `keys` (and every key asked before). */
  async matcher(keys: readonly string[]): Promise<TermMatcher> {
    const missing = keys.filter((k) => !this.#matches.has(k));
    if (missing.length) {
      const id = ++this.#last;
      const answer = await this.#ask({ type: 'match', id, keys: missing });
      let matches: TermMatch[];
      if (answer === null) matches = this.#closed ? [] : this.#service().match(missing);
      else if (answer.type === 'match') matches = answer.matches;
      else throw new Error(answer.type === 'error' ? answer.message : 'The text worker dropped a match.');
      for (const m of matches)
        this.#matches.set(m.key, { found: foundPapers(this.papers, m.indexes), surface: m.surface });
    }
    const known = this.#matches;
    const found = (k: string) => known.get(k)?.found ?? foundPapers(this.papers, new Int32Array());
    return {
      has: (paper, ks) => ks.every((k) => found(k).has(paper)),
      mask: (papers, ks) => {
        const masks = ks.map((k) => found(k).mask(papers));
        const out = masks[0] ?? new Uint8Array(papers.length).fill(1);
        for (const m of masks.slice(1)) for (let i = 0; i < out.length; i++) out[i] &= m[i];
        return out;
      },
      surface: (k) => known.get(k)?.surface ?? k,
    };
  }

  /** The papers whose title, abstract, authors or venue contain every word of `query`. */
  async search(query: string): Promise<FoundPapers> {
    if (this.#searchHere)
      return foundPapers(this.papers, this.#closed ? new Int32Array() : this.#service().search(query));
    const id = ++this.#last;
    const answer = await this.#ask({ type: 'search', id, query });
    let indexes: Int32Array;
    if (answer === null) indexes = this.#closed ? new Int32Array() : this.#service().search(query);
    else if (answer.type === 'search') indexes = answer.indexes;
    else throw new Error(answer.type === 'error' ? answer.message : 'The text worker dropped a search.');
    return foundPapers(this.papers, indexes);
  }

  /**
   * Builds the word index ahead of the first search where the service runs on this thread (the
   * collection worker): a few hundred papers per task, so questions are answered in between. A
   * text worker indexes papers as they arrive itself.
   */
  async indexWords(): Promise<void> {
    if (this.#worker && !this.#searchHere) return;
    // After the terms view (the first views' last and costliest): sooner, the index's memory
    // slowed it by seconds at 10^6 papers (docs/performance.md).
    await this.#firstView;
    const service = this.#service();
    while (!this.#closed && !service.indexSomeWords(INDEX_STEP)) await nextTask();
  }

  terminate(): void {
    this.#closed = true;
    this.#worker?.terminate();
    this.#worker = null;
    this.#settle();
  }

  /** Sends the collection piece by piece, a task apart, so the page can paint in between. */
  async #send(): Promise<void> {
    for (let start = 0; start < this.papers.length && this.#worker; start += CHUNK) {
      if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
      const papers = this.papers
        .slice(start, start + CHUNK)
        .map(({ title, abstract, year, authors, venue }) => ({ title, abstract, year, authors, venue }));
      this.#worker?.postMessage({ type: 'append', id: 0, papers });
    }
  }

  async #ask(request: TextRequest): Promise<TextResponse | null> {
    await this.#sent;
    const worker = this.#worker;
    if (!worker) return null;
    return new Promise((resolve) => {
      this.#pending.set(request.id, resolve);
      worker.postMessage(request);
    });
  }

  #receive(response: TextResponse): void {
    this.#pending.get(response.id)?.(response);
    this.#pending.delete(response.id);
  }

  /** A worker that cannot load: what waits and what comes later runs on the page. */
  #fail(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#settle();
  }

  #settle(): void {
    for (const resolve of this.#pending.values()) resolve(null);
    this.#pending.clear();
  }

  #service(): TextService {
    if (!this.#page) {
      this.#page = new TextService();
      this.#page.append(this.papers);
    }
    return this.#page;
  }
}

let current: TextClient | null = null;

/**
 * The client of this collection, shared by the terms view and URL restore. In the collection
 * worker the service runs right there: a second worker would hold a second copy
 * of a field's titles and abstracts (a file that streamed in brings a worker that holds only
 * its terms, `feed`: see text-feed.ts).
 */
export function textClientFor(papers: readonly TextRecord[], feed: TermsFeed | null = null): TextClient {
  if (current?.papers !== papers) {
    current?.terminate();
    const inWorker = 'WorkerGlobalScope' in globalThis;
    const fed = feed?.take(papers) ?? null;
    current = new TextClient(papers, startTextWorker, inWorker ? Infinity : WORKER_FROM, fed);
  } else feed?.close();
  return current;
}
