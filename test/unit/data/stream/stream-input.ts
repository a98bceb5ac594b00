/** Byte streams for the stream reader's tests: text cut into pieces of chosen sizes, gzip, endless. */
import { gzipSync } from 'node:zlib';
import type { ByteStream } from '../../../../src/lib/data/stream/byte-source';
import { createSynthetic } from '../../../../src/dev/synthetic';
import { arxivLines } from '../../../../src/dev/synthetic-record';
import { realText } from '../../../helpers/real-fixtures';

type Bytes = Uint8Array<ArrayBuffer>;

export const utf8 = (text: string): Bytes => new TextEncoder().encode(text);

/** `bytes` handed over in pieces of the given sizes (repeated), as a file's stream would. */
export function piecesOf(bytes: Bytes, sizes: readonly number[] = [65536]): ByteStream {
  let at = 0;
  let i = 0;
  return new ReadableStream<Bytes>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      const size = Math.max(1, sizes[i++ % sizes.length]);
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

export const gzip = (bytes: Uint8Array): Bytes => new Uint8Array(gzipSync(bytes));

/** Generated arXiv snapshot lines, seeded. */
export const generatedLines = (n: number, seed = 1): string =>
  [...arxivLines(createSynthetic({ papers: n, seed }), seed)].join('\n') + '\n';

/** The real OpenAlex /works page's works, one JSON work per line (as in OpenAlex's snapshot). */
export function openAlexWorkLines(): string {
  const page = JSON.parse(realText('openalex_works_list_50_cursor.json')) as { results: unknown[] };
  return page.results.map((w) => JSON.stringify(w)).join('\n') + '\n';
}

/** A stream that never ends (the same line again and again) and counts the pieces asked of it. */
export function endless(line: string): { stream: ByteStream; pulls: () => number; cancelled: () => boolean } {
  const piece = utf8(`${line}\n`.repeat(50));
  let pulls = 0;
  let cancelled = false;
  const stream = new ReadableStream<Bytes>({
    pull(controller) {
      pulls++;
      controller.enqueue(piece.slice());
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, pulls: () => pulls, cancelled: () => cancelled };
}
