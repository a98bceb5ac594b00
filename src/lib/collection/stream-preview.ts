/**
 * The first views of a streaming file: every PREVIEW_EVERY_MS the papers read so far are shown
 * (PreviewSource) in place of the current collection, which comes back on Cancel; the whole file
 * replaces it at the end. Not over a server's collection, which is not the page's to replace.
 */
import { todayIso, type Paper, type ParseResult } from '../data/paper';
import { PreviewSource } from '../source/page/preview-source';
import type { DataSource } from '../source/questions';
import type { CollectionStore } from './collection.svelte';

/** When the first views are drawn from the papers read so far, and how often again. */
const FIRST_PREVIEW_MS = 500;
const PREVIEW_EVERY_MS = 2000;

export interface StreamPreview {
  /** Called as papers arrive: `done` files read whole, `reading` the one streaming, `share` of all read. */
  show(done: readonly ParseResult[], reading: readonly Paper[], share: number): void;
  /** The stream ended (read, cancelled or failed): the preview goes. */
  end(): void;
}

export function streamPreview(collection: CollectionStore, files: readonly File[]): StreamPreview {
  const label = files.map((f) => f.name).join(', ');
  const asOf = todayIso();
  const allowed = !collection.served;
  let shown: DataSource | null = null;
  let next = performance.now() + FIRST_PREVIEW_MS;
  return {
    show(done, reading, share) {
      if (!allowed || performance.now() < next || reading.length === 0) return;
      next = performance.now() + PREVIEW_EVERY_MS;
      const papers = [...done.flatMap((r) => r.papers), ...reading];
      shown?.close();
      shown = new PreviewSource(papers, label, asOf, share);
      collection.preview = shown;
    },
    end() {
      if (shown && collection.preview === shown) collection.preview = null;
      shown?.close();
    },
  };
}
