/**
 * Import flow: files → (worker when large) → merged collection. A load that yields no paper, fails
 * or is cancelled leaves the current collection exactly as it was.
 */
import type { FileInput, FileReport } from '../data/read-files';
import type { MergedCollection } from '../data/merge-results';
import { emptyProfile, todayIso, type ParseResult, type Problem } from '../data/paper';
import type { CollectionStore } from './collection.svelte';
import type { Selection } from '../state/selection.svelte';

/** Above this total size parsing moves to a worker, with progress and Cancel. */
const WORKER_BYTES = 1024 * 1024;

/** JSON lines by name (plain or gzip) are streamed; so is any file too big to read whole. */
const STREAMED_NAME = /\.(jsonl|ndjson)(\.gz)?$|\.gz$/i;
const WHOLE_FILE_BYTES = 1024 * 1024 * 1024;

type Outcome = { merged: MergedCollection; reports: FileReport[] };

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

  async importFiles(files: FileInput[]): Promise<boolean> {
    if (files.length === 0 || this.busy) return false;
    this.busy = true;
    this.error = null;
    this.progress = null;
    try {
      const total = files.reduce((n, f) => n + f.bytes.length, 0);
      // A page opened from file:// (the single-file build) may not start module workers: parse in the page then.
      const outcome =
        total > WORKER_BYTES
          ? await this.#inWorker(files).catch(() => this.#inPage(files))
          : await this.#inPage(files);
      if (!outcome) return false;
      return this.#apply(outcome, files.map((f) => f.name).join(', '));
    } catch (e) {
      return this.#couldNotRead(e);
    } finally {
      this.#idle();
    }
  }

  /**
   * Big JSON-lines files (plain or gzip), read as streams in the collection worker: any size,
   * progress with the papers counted, the first views before the end, Cancel keeps the current
   * collection. A field-size collection stays in the worker (the page holds none of its papers);
   * a smaller one comes to the page. Files that turn out not to be arXiv or OpenAlex lines are
   * read the ordinary way, when they fit in memory whole.
   */
  async importStreams(files: File[]): Promise<boolean> {
    if (files.length === 0 || this.busy) return false;
    this.busy = true;
    this.error = null;
    this.progress = 0;
    this.streamed = { papers: 0, problems: 0 };
    const collection = this.collection;
    // Not over a server's collection, which is not the page's to replace.
    const previewed = !collection.served;
    try {
      const { streamInWorker } = await import('./collection-worker-client');
      const { HOLD_IN_WORKER_FROM } = await import('../workers/collection-protocol');
      const { MAX_PAPERS } = await import('../data/read-files');
      const reading = streamInWorker(files, {
        asOf: todayIso(),
        aliases: $state.snapshot(collection.aliases),
        holdFrom: HOLD_IN_WORKER_FROM,
        limit: MAX_PAPERS,
        wholeBytes: WHOLE_FILE_BYTES,
        onProgress: (share, papers, problems) => {
          this.progress = share;
          this.streamed = { papers, problems };
        },
        onPreview: (source) => {
          if (!previewed || !this.busy) return source.close();
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
      if (outcome.kind === 'whole') return this.#asWholeFiles(files);
      const source = files.map((f) => f.name).join(', ');
      if (outcome.kind === 'page') return this.#apply(outcome, source);
      const { collection: held, source: answers, saved } = outcome.held;
      this.reports = outcome.reports;
      this.selection.reset();
      collection.current = { profile: held.profile, papers: [], source: held.label, problems: held.problems };
      collection.held = answers;
      this.busy = false;
      this.storageWarning = await saved;
      return true;
    } catch (e) {
      // A page opened from file:// may not start module workers: files that fit are read whole.
      if (files.every((f) => f.size <= WHOLE_FILE_BYTES)) return this.#asWholeFiles(files);
      return this.#couldNotRead(e);
    } finally {
      if (collection.preview) {
        collection.preview.close();
        collection.preview = null;
      }
      this.#idle();
    }
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

  #inWorker(files: FileInput[]): Promise<Outcome | null> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(new URL('../data/parse-worker.ts', import.meta.url), { type: 'module' });
      this.#cancel = () => {
        worker.terminate();
        this.error = { message: 'Import cancelled. Your current data is unchanged.', problems: [] };
        resolve(null);
      };
      worker.onmessage = (e) => {
        if ('progress' in e.data) {
          this.progress = e.data.progress as number;
          return;
        }
        worker.terminate();
        if (e.data.ok) resolve(e.data as Outcome);
        else reject(new Error(e.data.message));
      };
      worker.onerror = (e) => {
        worker.terminate();
        reject(new Error(e.message));
      };
      worker.postMessage(
        { files, asOf: todayIso() },
        files.map((f) => f.bytes.buffer as ArrayBuffer),
      );
    });
  }

  async #apply({ merged, reports }: Outcome, source: string): Promise<boolean> {
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
    this.selection.reset();
    this.collection.current = next;
    const { saveCollection } = await import('./persist-save');
    this.storageWarning = await saveCollection(next);
    return true;
  }
}
