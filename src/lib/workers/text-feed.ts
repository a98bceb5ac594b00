/**
 * Terms counted while a file streams in: the collection worker sends each batch's titles,
 * abstracts and years to a text worker of their own (named 'terms'), which tokenises them as they
 * come, on the other core, and keeps only their terms. When the collection is held, its text
 * client takes that worker over if the collection is exactly the papers fed, in order (a merge of
 * duplicates changes it: then the terms are counted as before, after the collection).
 * Tokenising 10^6 papers is some 30 s of one core; the read of them about 40 s of the other.
 *
 * The worker pulls: a piece is sent when it has taken one of the last AHEAD, so papers it has not
 * reached wait here as the collection's own objects rather than as copies in its queue.
 */
import type { Paper } from '../data/paper';
import type { TextRequest, TextResponse, TextWorkerLike } from './text-protocol';
import type { TextRecord } from './text-service';
import { packTexts } from './packed-texts';

/**
 * Papers per message: few, so a piece's text is tokenised and let go within a task or two and
 * dies young (pieces of 4,000 left Chromium some 0.7 GB bigger when every view of 10^6 papers was
 * drawn: docs/performance.md).
 */
const CHUNK = 500;
/** Pieces sent and not yet taken: enough that the worker never waits for the next. */
export const AHEAD = 4;

/** A text worker that keeps terms only (its options literal, for the bundler to see the worker). */
export function startTermsWorker(): TextWorkerLike {
  return new Worker(new URL('./text-worker.ts', import.meta.url), {
    type: 'module',
    name: 'terms',
  }) as unknown as TextWorkerLike;
}

/** A feed where a worker can start (the collection worker); null elsewhere (Node, tests). */
export function startTermsFeed(): TermsFeed | null {
  return typeof Worker === 'undefined' ? null : new TermsFeed(startTermsWorker);
}

type Listener = ((e: MessageEvent<TextResponse>) => void) | null;

export class TermsFeed {
  #worker: TextWorkerLike | null;
  #papers: Paper[] = [];
  #sent = 0;
  #ahead = 0;
  /** After the hand-over: the client's listener, and its requests waiting for the last papers. */
  #client: Listener = null;
  #waiting: TextRequest[] | null = null;
  #handed = false;

  constructor(start: () => TextWorkerLike) {
    try {
      const worker = (this.#worker = start());
      worker.onmessage = (e) => this.#receive(e);
      worker.onerror = (e) => {
        e.preventDefault();
        this.#stop();
      };
    } catch {
      this.#worker = null;
    }
  }

  /** The next papers of the stream (in order). */
  add(batch: readonly Paper[]): void {
    if (!this.#worker) return;
    for (const p of batch) this.#papers.push(p);
    this.#pump();
  }

  /**
   * The worker, for a client of `papers` if they are the papers fed, in order (its requests go
   * after the papers not yet sent); else the worker stops and this gives null.
   */
  take(papers: readonly TextRecord[]): TextWorkerLike | null {
    const fed = this.#papers;
    const worker = this.#worker;
    if (!worker || papers.length !== fed.length || papers.some((p, i) => p !== fed[i])) {
      this.#stop();
      return null;
    }
    this.#handed = true;
    this.#waiting = [];
    this.#pump();
    const client = () => this.#client;
    const listen = (listener: Listener) => (this.#client = listener);
    return {
      postMessage: (m) => (this.#waiting ? this.#waiting.push(m) : worker.postMessage(m)),
      get onmessage() {
        return client();
      },
      set onmessage(listener: Listener) {
        listen(listener);
      },
      get onerror() {
        return worker.onerror;
      },
      set onerror(listener) {
        worker.onerror = listener;
      },
      terminate: () => this.#stop(),
    };
  }

  /** Stops the worker, unless a client took it over (then the client stops it). */
  close(): void {
    if (!this.#handed) this.#stop();
  }

  #stop(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#papers = [];
    this.#waiting = null;
  }

  #pump(): void {
    const worker = this.#worker;
    if (!worker) return;
    for (; this.#ahead < AHEAD && this.#sent < this.#papers.length; this.#ahead++) {
      const end = Math.min(this.#papers.length, this.#sent + CHUNK);
      const texts = packTexts(this.#papers, this.#sent, (this.#sent = end));
      worker.postMessage({ type: 'append-texts', id: 0, texts, pull: true });
    }
    // Handed over and every paper sent: the client's requests follow them.
    if (this.#waiting && this.#sent >= this.#papers.length) {
      for (const m of this.#waiting) worker.postMessage(m);
      this.#waiting = null;
      this.#papers = [];
    }
  }

  #receive(e: MessageEvent<TextResponse>): void {
    if (e.data.type !== 'took') return this.#client?.(e);
    this.#ahead--;
    this.#pump();
  }
}
