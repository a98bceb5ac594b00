/**
 * The page's side of the collection worker (collection/worker/collection-worker.ts): streams files into
 * it (or has it read them whole), with progress, the first views as the papers arrive and
 * Cancel; opens the collection it kept in IndexedDB; and routes questions and answers, and the
 * files asked of a kept collection, for the WorkerSources over its collections.
 */
import type { MergedCollection } from '../data/merge-results';
import type { FileInput, FileReport } from '../data/read-files';
import type { AliasTable } from '../model/name-merge';
import type { Question } from '../source/questions';
import { WorkerSource, type WorkerPort } from '../source/worker/worker-source';
import type { FromWorker, HeldCollection, HeldFileFormat, ToWorker } from './worker/collection-protocol';

export type StreamOutcome =
  | { kind: 'page'; merged: MergedCollection; reports: FileReport[] }
  | { kind: 'held'; held: Held; reports: FileReport[] }
  | { kind: 'whole' };

/** A collection the worker holds: what the page shows, its source, and the wait for its saving. */
export interface Held {
  collection: HeldCollection;
  source: WorkerSource;
  /** The message of a failed save for the next visit, or null when kept. */
  saved: Promise<string | null>;
}

class CollectionWorker implements WorkerPort {
  readonly #worker = new Worker(new URL('./worker/collection-worker.ts', import.meta.url), {
    type: 'module',
  });
  readonly #pending = new Map<number, { resolve: (a: unknown) => void; reject: (e: Error) => void }>();
  #last = 0;
  #stopped = false;

  constructor(onMessage: (m: FromWorker) => void, onFailure: (message: string) => void) {
    this.#worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type !== 'answer' && m.type !== 'error') return onMessage(m);
      const waiting = this.#pending.get(m.id);
      this.#pending.delete(m.id);
      if (m.type === 'answer') waiting?.resolve(m.answer);
      else waiting?.reject(new Error(m.message));
    };
    this.#worker.onerror = (e) => {
      e.preventDefault();
      onFailure(e.message || 'the collection worker stopped');
    };
  }

  send(message: ToWorker, transfer: Transferable[] = []): void {
    this.#worker.postMessage(message, transfer);
  }

  ask(source: number, question: Question): Promise<unknown> {
    return this.#call((id) => ({ type: 'ask', id, source, question }));
  }

  file(format: HeldFileFormat): Promise<Blob> {
    return this.#call((id) => ({ type: 'file', id, format })) as Promise<Blob>;
  }

  #call(message: (id: number) => ToWorker): Promise<unknown> {
    if (this.#stopped) return new Promise(() => {});
    const id = ++this.#last;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.send(message(id));
    });
  }

  terminate(): void {
    this.#stopped = true;
    this.#worker.terminate();
    this.#pending.clear();
  }
}

/** What the worker reads: JSON-lines files streamed, or files read whole (their bytes handed over). */
export type ReadJob =
  { type: 'stream'; files: File[]; limit: number; wholeBytes: number } | { type: 'read'; files: FileInput[] };

export interface ReadOptions {
  asOf: string;
  aliases: AliasTable;
  holdFrom: number;
  onProgress(share: number, papers: number, problems: number): void;
  /** The papers read so far, as a source to show while the rest comes. */
  onPreview(source: WorkerSource): void;
}

/** Reads files in a new collection worker; `cancel` stops it (the result is then null). */
export function readInWorker(
  job: ReadJob,
  o: ReadOptions,
): { result: Promise<StreamOutcome | null>; cancel: () => void } {
  let settle!: (o: StreamOutcome | null) => void;
  let fail!: (e: Error) => void;
  let saved!: (warning: string | null) => void;
  const result = new Promise<StreamOutcome | null>(
    (resolve, reject) => ((settle = resolve), (fail = reject)),
  );
  const worker: CollectionWorker = new CollectionWorker(
    (m) => {
      if (m.type === 'progress') o.onProgress(m.share, m.papers, m.problems);
      else if (m.type === 'preview') o.onPreview(new WorkerSource(worker, m, false));
      else if (m.type === 'held') {
        const held = heldOf(worker, m, new Promise((resolve) => (saved = resolve)));
        settle({ kind: 'held', held, reports: m.reports });
      } else if (m.type === 'saved') saved?.(m.warning);
      else if (m.type === 'failed') stop(() => fail(new Error(m.message)));
      else
        stop(() =>
          settle(
            m.type === 'page' ? { kind: 'page', merged: m.merged, reports: m.reports } : { kind: 'whole' },
          ),
        );
    },
    (message) => stop(() => fail(new Error(message))),
  );
  /** Ends the worker (the collection came to the page, or reading failed) and settles. */
  function stop(then: () => void) {
    worker.terminate();
    then();
  }
  const { asOf, aliases, holdFrom } = o;
  const reading = { asOf, aliases, holdFrom };
  if (job.type === 'stream') worker.send({ ...job, ...reading });
  else
    worker.send(
      { ...job, ...reading },
      job.files.map((f) => f.bytes.buffer as ArrayBuffer),
    );
  return { result, cancel: () => stop(() => settle(null)) };
}

/** Opens the collection the worker kept in IndexedDB at the last visit; null when there is none. */
export function openKeptInWorker(aliases: AliasTable): Promise<Held | null> {
  return new Promise((resolve, reject) => {
    const worker: CollectionWorker = new CollectionWorker(
      (m) => {
        if (m.type === 'held') return resolve(heldOf(worker, m, Promise.resolve(null)));
        if (m.type !== 'failed' && m.type !== 'none') return;
        worker.terminate();
        if (m.type === 'failed') reject(new Error(m.message));
        else resolve(null);
      },
      (message) => {
        worker.terminate();
        reject(new Error(message));
      },
    );
    worker.send({ type: 'kept', aliases });
  });
}

function heldOf(worker: CollectionWorker, collection: HeldCollection, saved: Promise<string | null>): Held {
  return { collection, source: new WorkerSource(worker, collection, true), saved };
}
