/**
 * Bytes to lines without decoding: a line ends at byte 10 (a CR before it is dropped). The text
 * is never held whole; a line cut between two pieces waits as pieces until its end arrives.
 */
import { concatBytes } from './byte-source';

export interface LineSplitter {
  push(chunk: Uint8Array): void;
  /** The last line, when the text does not end with a line break. */
  end(): void;
}

/** Calls `onLine` with each line's bytes (a view into the piece: copy it to keep it). */
export function createLineSplitter(onLine: (bytes: Uint8Array) => void): LineSplitter {
  let tail: Uint8Array[] = [];
  const emit = (bytes: Uint8Array) => {
    const n = bytes.length;
    onLine(n > 0 && bytes[n - 1] === 13 ? bytes.subarray(0, n - 1) : bytes);
  };
  return {
    push(chunk) {
      let start = 0;
      for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
        if (tail.length) {
          tail.push(chunk.subarray(start, nl));
          emit(concatBytes(tail));
          tail = [];
        } else emit(chunk.subarray(start, nl));
        start = nl + 1;
      }
      // A copy: the caller may reuse the piece's buffer once `push` returns.
      if (start < chunk.length) tail.push(chunk.slice(start));
    },
    end() {
      if (tail.length) emit(concatBytes(tail));
      tail = [];
    },
  };
}
