/**
 * A file's bytes as they arrive, gunzipped when the file is gzip (its magic bytes or its name say
 * so), counting the bytes read from the file itself so progress is a share of the file's size.
 */

/** Where the bytes come from: `File.stream()` in a browser, `fs.openAsBlob(…).stream()` in Node. */
export type ByteStream = ReadableStream<Uint8Array<ArrayBuffer>>;
type Bytes = Uint8Array<ArrayBuffer>;

export interface ByteSource {
  /** The next piece of the text's bytes, or null at the end. Rejects when the file cannot be read. */
  next(): Promise<Uint8Array | null>;
  /** Stops reading; a pending `next` resolves or rejects at once. */
  cancel(): Promise<void>;
  /** Bytes read from the file itself so far (compressed bytes for gzip). */
  readonly bytesRead: number;
  /** The file itself has been read to its end (a gzip error after that means it was cut short). */
  readonly sourceEnded: boolean;
  readonly compressed: boolean;
  /** The name ends in .gz but the bytes are not gzip (they are read as they are). */
  readonly misnamed: boolean;
}

const isGzipName = (name: string) => /\.(gz|gzip)$/i.test(name);

/** Opens `stream`; reads its first piece to tell gzip (bytes 1f 8b) from plain text. */
export async function openByteSource(stream: ByteStream, file: string): Promise<ByteSource> {
  const raw = stream.getReader();
  let bytesRead = 0;
  let sourceEnded = false;
  let first: Bytes | null = null;
  // The magic needs two bytes; a first piece of one byte is rare but allowed.
  while (!sourceEnded && (first?.length ?? 0) < 2) {
    const { done, value } = await raw.read();
    if (done) sourceEnded = true;
    else {
      bytesRead += value.length;
      first = first ? concatBytes([first, value]) : value;
    }
  }
  const compressed = first !== null && first[0] === 0x1f && first[1] === 0x8b;
  const readRaw = async (): Promise<Bytes | null> => {
    if (first) {
      const head = first;
      first = null;
      return head;
    }
    if (sourceEnded) return null;
    const { done, value } = await raw.read();
    if (done) {
      sourceEnded = true;
      return null;
    }
    bytesRead += value.length;
    return value;
  };
  let next = readRaw;
  let cancel = () => raw.cancel();
  if (compressed) {
    const counted = new ReadableStream<BufferSource>(
      {
        async pull(controller) {
          const chunk = await readRaw();
          if (chunk) controller.enqueue(chunk);
          else controller.close();
        },
        cancel: (reason) => raw.cancel(reason),
      },
      { highWaterMark: 0 },
    );
    const text = counted.pipeThrough(new DecompressionStream('gzip')).getReader();
    next = async () => {
      const { done, value } = await text.read();
      return done ? null : value;
    };
    cancel = () => text.cancel();
  }
  return {
    next: () => next(),
    cancel: () => cancel(),
    get bytesRead() {
      return bytesRead;
    },
    get sourceEnded() {
      return sourceEnded;
    },
    compressed,
    misnamed: !compressed && isGzipName(file),
  };
}

/** The pieces joined into one array. */
export function concatBytes<T extends Uint8Array>(pieces: readonly T[]): T | Bytes {
  if (pieces.length === 1) return pieces[0];
  let length = 0;
  for (const p of pieces) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
