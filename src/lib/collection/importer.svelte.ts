/**
 * Import flow: files → (worker when large) → merged collection. A load that yields no paper, fails
 * or is cancelled leaves the current collection exactly as it was.
 */
import type { FileInput, FileReport } from '../data/read-files';
import type { MergedCollection } from '../data/merge-results';
import { emptyProfile, todayIso, type ParseResult, type Problem } from '../data/paper';
import type { CollectionStore } from './collection.svelte';
import type { Selection } from '../state/selection.svelte';
import { saveCollection } from './persist';

/** Above this total size parsing moves to a worker, with progress and Cancel. */
const WORKER_BYTES = 1024 * 1024;

type Outcome = { merged: MergedCollection; reports: FileReport[] };

export class Importer {
  busy = $state(false);
  /** Share of the files read (0–1) while a worker parses them; null when unknown. */
  progress = $state<number | null>(null);
  reports = $state<FileReport[]>([]);
  error = $state<{ message: string; problems: Problem[] } | null>(null);
  storageWarning = $state<string | null>(null);
  #cancel: (() => void) | null = null;

  constructor(
    private readonly collection: CollectionStore,
    private readonly selection: Selection,
  ) {}

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
      this.error = {
        message: `Could not read the files: ${String(e)}. Your current data is unchanged.`,
        problems: [],
      };
      return false;
    } finally {
      this.busy = false;
      this.progress = null;
      this.#cancel = null;
    }
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
    this.storageWarning = await saveCollection(next);
    return true;
  }
}
