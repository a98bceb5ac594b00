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
   * Big JSON-lines files (plain or gzip), read as streams in a worker: any size, progress with the
   * papers counted, Cancel keeps the current collection. Files that turn out not to be arXiv or
   * OpenAlex lines are read the ordinary way, when they fit in memory whole.
   */
  async importStreams(files: File[]): Promise<boolean> {
    if (files.length === 0 || this.busy) return false;
    this.busy = true;
    this.error = null;
    this.progress = 0;
    this.streamed = { papers: 0, problems: 0 };
    let cancelled = false;
    const { streamPreview } = await import('./stream-preview');
    const preview = streamPreview(this.collection, files);
    try {
      const { streamFile } = await import('./stream-import');
      const { MAX_PAPERS, reportOf } = await import('../data/read-files');
      const results: ParseResult[] = [];
      for (const [i, file] of files.entries()) {
        const reading = streamFile(file, {
          asOf: todayIso(),
          limit: MAX_PAPERS,
          onProgress: (p) => {
            this.progress = (i + (p.fraction ?? 0)) / files.length;
            this.streamed = { papers: p.papers, problems: p.problems };
            preview.show(results, reading.papers, this.progress);
          },
        });
        this.#cancel = () => ((cancelled = true), reading.cancel());
        const result = await reading.result;
        if (!result) break;
        results.push(result);
      }
      if (cancelled) {
        this.error = { message: 'Import cancelled. Your current data is unchanged.', problems: [] };
        return false;
      }
      if (
        results.some((r, i) => r.format === 'unknown' && r.records > 0 && files[i].size <= WHOLE_FILE_BYTES)
      ) {
        return this.#asWholeFiles(files);
      }
      const { mergeResults } = await import('../data/merge-results');
      const reports = files.map((f, i) => reportOf(f.name, results[i]));
      return this.#apply({ merged: mergeResults(results), reports }, files.map((f) => f.name).join(', '));
    } catch (e) {
      // A page opened from file:// may not start module workers: files that fit are read whole.
      if (files.every((f) => f.size <= WHOLE_FILE_BYTES)) return this.#asWholeFiles(files);
      return this.#couldNotRead(e);
    } finally {
      preview.end();
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
