/**
 * The app's state objects and its start-up: the bundled profile first, then a `data=` URL or the
 * collection kept from the last visit. Kept out of App.svelte so the wiring stays wiring.
 */
import { loadBundledProfile, BUNDLED_FILE } from '../data/bundled';
import { emptyProfile, todayIso, type Paper, type Profile } from '../data/paper';
import { CollectionStore, EMPTY_COLLECTION, type LoadedCollection } from './collection.svelte';
import { Selection } from '../state/selection.svelte';
import { UrlSync } from '../state/url-sync.svelte';
import { Importer } from './importer.svelte';
import { clearCollection, keptHeld, loadCollection } from './persist';
import { dataUrlFrom } from './data-url';
import { apiFromPage } from '../source/remote/api-meta';

export function bundledCollection(): LoadedCollection {
  const bundled = loadBundledProfile();
  return {
    profile: bundled.profile ?? emptyProfile(todayIso()),
    papers: bundled.papers,
    source: BUNDLED_FILE,
    problems: bundled.problems,
  };
}

export class AppState {
  readonly collection = new CollectionStore(bundledCollection());
  readonly selection = new Selection();
  readonly sync = new UrlSync(() => this.collection.source, this.selection, this.collection);
  readonly importer = new Importer(this.collection, this.selection);

  /** Reads the URL's filters, then replaces the bundled data by a `data=` file or the kept collection. */
  async start(): Promise<void> {
    // The remote source's code is loaded for a served page alone.
    const api = apiFromPage();
    if (api) return this.#openServed(api);
    await this.sync.restore();
    const dataUrl = dataUrlFrom(location.search, location.href);
    if (!dataUrl.ok) this.sync.notices = [...this.sync.notices, dataUrl.message];
    if (dataUrl.ok && dataUrl.url) {
      const url = dataUrl.url;
      // The address's filters are for the file's collection: kept in the address while it loads,
      // applied as it shows (names resolved by it), unless the user acted on it first.
      this.sync.hold();
      try {
        const r = await fetch(url);
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || 'data');
        const bytes = new Uint8Array(await r.arrayBuffer());
        await this.importer.importFiles([{ name, bytes }], { shown: () => this.sync.restore() });
      } catch (e) {
        this.sync.notices = [
          ...this.sync.notices,
          `Could not load data=${url}: ${(e as Error).message ?? e}.`,
        ];
      } finally {
        this.sync.release();
      }
      return;
    }
    if (await keptHeld()) return this.#openHeld();
    const kept = await loadCollection();
    if (kept && kept.papers.length) {
      this.collection.current = kept;
      await this.sync.restore();
    }
  }

  /** A page served by `npm run serve`: its collection is the server's, answered there. */
  async #openServed(base: string): Promise<void> {
    try {
      const { openRemoteSource, tokenFromPage } = await import('../source/remote/remote-source');
      const source = await openRemoteSource({
        base,
        token: tokenFromPage(),
        onHealth: (failure) => (this.collection.serverTrouble = failure),
      });
      this.collection.current = { ...EMPTY_COLLECTION, source: source.info.source };
      this.collection.served = source;
    } catch (e) {
      this.sync.notices = [
        ...this.sync.notices,
        `Could not reach the server's collection (${(e as Error).message}); showing the bundled profile.`,
      ];
    }
    await this.sync.restore();
  }

  /** A field-size collection kept at the last visit: opened in the collection worker, not in the page. */
  async #openHeld(): Promise<void> {
    try {
      const { openKeptInWorker } = await import('./collection-worker-client');
      const held = await openKeptInWorker($state.snapshot(this.collection.aliases));
      if (held) this.collection.hold(held);
    } catch (e) {
      this.sync.notices = [
        ...this.sync.notices,
        `Could not open the collection kept from the last visit (${(e as Error).message}).`,
      ];
    }
    await this.sync.restore();
  }

  async backToBundled(): Promise<void> {
    this.selection.reset();
    this.collection.current = bundledCollection();
    this.importer.reports = [];
    this.importer.error = null;
    await clearCollection();
  }

  /** Downloads the whole collection as the app's own JSON (lossless; loads back by dropping it in). */
  async exportEverything(): Promise<void> {
    const { serialiseCollection } = await import('../data/app-json');
    await this.#download('json', (c) => new Blob([serialiseCollection(c)], { type: 'application/json' }));
  }

  /**
   * Downloads the collection in the compact save format (docs/save-format.md): columns pandas,
   * polars or DuckDB open as they are, read back here by opening the file. The writer is loaded
   * only now, so the page's first load never carries it.
   */
  async saveParquet(): Promise<void> {
    const { writeCollectionParquet } = await import('../data/parquet/write-parquet');
    const type = 'application/vnd.apache.parquet';
    await this.#download('parquet', (c) => new Blob([writeCollectionParquet(c)], { type }));
  }

  /**
   * Offers every paper with the profile as a file that `write` makes (nothing when asking fails,
   * said). A collection kept in the collection worker is written there: its papers never come to
   * the page, only the file.
   */
  async #download(
    extension: 'json' | 'parquet',
    write: (c: { profile: Profile; papers: readonly Paper[] }) => Blob,
  ): Promise<void> {
    const held = this.collection.held;
    if (held) {
      try {
        this.#offer(await held.file(extension), extension);
      } catch (e) {
        this.sync.notices = [
          ...this.sync.notices,
          `Could not export the collection: ${(e as Error).message}`,
        ];
      }
      return;
    }
    const papers = await this.#everyPaper();
    if (papers) this.#offer(write({ profile: this.collection.profile, papers }), extension);
  }

  /** The whole collection: the page's own, or a served one asked of its server (null when that fails, said). */
  async #everyPaper(): Promise<readonly Paper[] | null> {
    const served = this.collection.served;
    if (!served) return this.collection.papers;
    try {
      return (await served.ask({ kind: 'records', filter: [] })).papers;
    } catch (e) {
      this.sync.notices = [...this.sync.notices, `Could not export the collection: ${(e as Error).message}`];
      return null;
    }
  }

  #offer(blob: Blob, extension: string): void {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${(this.collection.profile.name ?? 'collection').replace(/[^\p{L}\p{N}]+/gu, '-')}.${extension}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }
}
