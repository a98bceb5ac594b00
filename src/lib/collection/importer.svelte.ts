/**
 * Import flow: files → (worker when large) → merged collection. A load that yields no paper, fails
 * or is cancelled leaves the current collection exactly as it was.
 */
import type { FileInput, FileReport } from '../data/read-files';
import type { ReadJob } from './collection-worker-client';
import type { MergedCollection } from '../data/merge-results';
import { emptyProfile, todayIso, type ParseResult, type Problem } from '../data/paper';
import type { CollectionStore } from './collection.svelte';
import { count } from '../text/count-words';
import type { Selection } from '../state/selection.svelte';

/** Above this total size parsing moves to a worker, with progress and Cancel. */
const WORKER_BYTES = 1024 * 1024;

/** JSON lines by name (plain or gzip) are streamed; so is any file too big to read whole. */
const STREAMED_NAME = /\.(jsonl|ndjson)(\.gz)?$|\.gz$/i;
const WHOLE_FILE_BYTES = 1024 * 1024 * 1024;

type Outcome = { merged: MergedCollection; reports: FileReport[] };

export interface ImportOptions {
  /** Runs as the new collection shows, before it is kept for the next visit (URL filters for it). */
  shown?: () => Promise<void>;
}
/** Inside: also whether the selection made on a streamed file's first views stays at its end. */
type Showing = ImportOptions & { keepSelection?: boolean };

export class Importer {
  busy = $state(false);
  /** Share of the files read (0–1) while a worker parses them; null when unknown. */
  progress = $state<number | null>(null);
  /** Papers read so far while a file streams in, and lines that were not papers; null otherwise. */
  streamed = $state<{ papers: number; problems: number } | null>(null);
  reports = $state<FileReport[]>([]);
  error = $state<{ message: string; problems: Problem[] } | null>(null);
  storageWarning = $state<string | null>(null);
  #cancel: (() => void) | null = null;

  constructor(
    private readonly collection: CollectionStore,
    private readonly selection: Selection,
  ) {}

  /** Files from the picker or a drop: streamed when they are all JSON lines (or too big to read whole). */
  async importPicked(files: File[]): Promise<boolean> {
    if (files.every((f) => STREAMED_NAME.test(f.name) || f.size > WHOLE_FILE_BYTES))
      return this.importStreams(files);
    return this.#asWholeFiles(files);
  }

  async importFiles(files: FileInput[], options: ImportOptions = {}): Promise<boolean> {
    if (files.length === 0 || this.busy) return false;
    const total = files.reduce((n, f) => n + f.bytes.length, 0);
    if (total > WORKER_BYTES) return this.#inWorker({ type: 'read', files }, options);
    return this.#readInPage(files, options);
  }

  /** Reads `files` here, in the page (small files, or where no worker can start). */
  async #readInPage(files: FileInput[], options: ImportOptions): Promise<boolean> {
    this.busy = true;
    this.error = null;
    this.progress = null;
    try {
      return await this.#apply(await this.#inPage(files), files.map((f) => f.name).join(', '), options);
    } catch (e) {
      return this.#couldNotRead(e);
    } finally {
      this.#idle();
    }
  }

  /**
   * Big JSON-lines files (plain or gzip), read as streams in the collection worker: any size,
   * progress with the papers counted, the first views before the end, Cancel keeps the current
   * collection. Files that turn out not to be arXiv or OpenAlex lines are read the ordinary way,
   * when they fit in memory whole.
   */
  async importStreams(files: File[]): Promise<boolean> {
    const { WORKER_MAX_PAPERS } = await import('./worker/collection-protocol');
    const job = { type: 'stream', files, limit: WORKER_MAX_PAPERS, wholeBytes: WHOLE_FILE_BYTES } as const;
    return this.#inWorker(job, {});
  }

  /**
   * Files read in the collection worker, with progress and Cancel. A field-size collection stays
   * there (the page holds none of its papers: `collection.held`); a smaller one comes to the page.
   * A page opened from file:// (the single-file build) may not start module workers: files that
   * fit are then read in the page. What the user selects on a streamed file's first views stays
   * when it ends; a cancel or failure brings back the selection of the collection kept.
   */
  async #inWorker(job: ReadJob, options: ImportOptions): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    this.error = null;
    this.progress = job.type === 'stream' ? 0 : null;
    this.streamed = job.type === 'stream' ? { papers: 0, problems: 0 } : null;
    const collection = this.collection;
    const label = job.files.map((f) => f.name).join(', ');
    // Not over a server's collection, which is not the page's to replace.
    const previewed = !collection.served;
    const before = this.selection.clauses;
    let firstViews = false;
    let done = false;
    try {
      const { readInWorker } = await import('./collection-worker-client');
      const { HOLD_IN_WORKER_FROM } = await import('./worker/collection-protocol');
      const reading = readInWorker(job, {
        asOf: todayIso(),
        aliases: $state.snapshot(collection.aliases),
        holdFrom: HOLD_IN_WORKER_FROM,
        onProgress: (share, papers, problems) => {
          this.progress = share;
          if (job.type === 'stream') this.streamed = { papers, problems };
        },
        onPreview: (source) => {
          if (!previewed || !this.busy) return source.close();
          // The first views are of the new collection: its own selection starts here.
          if (!firstViews) this.selection.reset();
          firstViews = true;
          collection.preview?.close();
          collection.preview = source;
        },
      });
      this.#cancel = reading.cancel;
      const outcome = await reading.result;
      if (!outcome) {
        this.error = { message: 'Import cancelled. Your current data is unchanged.', problems: [] };
        return false;
      }
      if (outcome.kind === 'whole' && job.type === 'stream') return await this.#asWholeFiles(job.files);
      // A file refused at its end (over the limit) keeps the collection before, and its selection.
      if (outcome.kind === 'page')
        return (done = await this.#apply(outcome, label, { ...options, keepSelection: firstViews }));
      if (outcome.kind !== 'held') return false;
      done = true;
      this.reports = outcome.reports;
      if (!firstViews) this.selection.reset();
      collection.hold(outcome.held);
      await options.shown?.();
      // The import is done when the collection shows; the worker's copy for the next visit (seconds
      // for a field) is said when it is written, without holding the import panel open until then.
      this.storageWarning = null;
      void outcome.held.saved.then((warning) => {
        if (collection.held === outcome.held.source) this.storageWarning = warning;
      });
      return true;
    } catch (e) {
      return await this.#afterWorkerFailed(job, e, options);
    } finally {
      if (firstViews && !done) this.selection.replaceAll(before);
      if (collection.preview) {
        collection.preview.close();
        collection.preview = null;
      }
      this.#idle();
    }
  }

  /** After the worker failed: files that fit are read in the page, unless it had read papers already. */
  async #afterWorkerFailed(job: ReadJob, e: unknown, options: ImportOptions): Promise<boolean> {
    const reached = this.streamed?.papers ?? 0;
    if (reached) return this.#couldNotRead(`${String(e)}, after ${count(reached, 'paper')}`);
    this.busy = false;
    if (job.type === 'stream')
      return job.files.every((f) => f.size <= WHOLE_FILE_BYTES)
        ? this.#asWholeFiles(job.files)
        : this.#couldNotRead(e);
    // Bytes handed to a worker that then failed are gone from the page: say so rather than read nothing.
    if (job.files.every((f) => f.bytes.byteLength === 0)) return this.#couldNotRead(e);
    return this.#readInPage(job.files, options);
  }

  #couldNotRead(e: unknown): false {
    this.error = {
      message: `Could not read the files: ${String(e)}. Your current data is unchanged.`,
      problems: [],
    };
    return false;
  }

  #idle(): void {
    this.busy = false;
    this.progress = null;
    this.streamed = null;
    this.#cancel = null;
  }

  async #asWholeFiles(files: File[]): Promise<boolean> {
    const inputs = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    this.busy = false;
    return this.importFiles(inputs);
  }

  async importText(text: string, name = 'pasted text'): Promise<boolean> {
    return this.importFiles([{ name, bytes: new TextEncoder().encode(text) }]);
  }

  /**
   * Loads a result that did not come from a file (fetched online, or completed authors) the way a
   * file loads: it replaces the collection and is kept for the next visit; with no paper it
   * changes nothing and says so.
   */
  async applyResult(result: ParseResult, source: string): Promise<boolean> {
    if (this.busy) return false;
    this.error = null;
    // The same merge as for files: it labels the profile's source and keeps paper ids unique.
    const { mergeResults } = await import('../data/merge-results');
    return this.#apply({ merged: mergeResults([result]), reports: [] }, source);
  }

  cancel(): void {
    this.#cancel?.();
  }

  async #inPage(files: FileInput[]): Promise<Outcome> {
    const { readFiles } = await import('../data/read-files');
    return readFiles(files, todayIso());
  }

  async #apply({ merged, reports }: Outcome, source: string, showing: Showing = {}): Promise<boolean> {
    this.reports = reports;
    if (merged.papers.length === 0) {
      this.error = {
        message: `No paper could be read from ${source}. Your current data is unchanged.`,
        problems: merged.problems,
      };
      return false;
    }
    const next = {
      profile: merged.profile ?? emptyProfile(todayIso()),
      papers: merged.papers,
      source,
      problems: merged.problems,
    };
    if (!showing.keepSelection) this.selection.reset();
    this.collection.current = next;
    await showing.shown?.();
    const { saveCollection } = await import('./persist-save');
    this.storageWarning = await saveCollection(next);
    return true;
  }
}
