/**
 * Bytes to lines of text, never holding the whole text. Whole lines are cut out in blocks (a
 * piece up to its last line break), each block decoded at once as strict UTF-8 and split at
 * "\n" (a "\r" before it dropped): one decode per block rather than per line, since a browser's
 * TextDecoder costs most per call (Node's does not, so the gain is the browser's). A block that
 * is not valid UTF-8 is decoded line by line instead, to name the lines at fault.
 */
import { concatBytes } from './byte-source';

export interface LineBlocks {
  push(chunk: Uint8Array): void;
  /** The last line, when the text does not end with a line break. */
  end(): void;
}

export function createLineBlocks(onLine: (text: string) => void, onInvalidLine: () => void): LineBlocks {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let tail: Uint8Array[] = [];

  const splitText = (text: string) => {
    for (let start = 0; start < text.length;) {
      let nl = text.indexOf('\n', start);
      if (nl < 0) nl = text.length;
      onLine(text.slice(start, nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl));
      start = nl + 1;
    }
  };
  const lineByLine = (bytes: Uint8Array) => {
    for (let start = 0; start < bytes.length;) {
      let nl = bytes.indexOf(10, start);
      if (nl < 0) nl = bytes.length;
      let text: string | null = null;
      try {
        text = decoder.decode(bytes.subarray(start, nl > start && bytes[nl - 1] === 13 ? nl - 1 : nl));
      } catch {
        onInvalidLine();
      }
      if (text !== null) onLine(text);
      start = nl + 1;
    }
  };
  const block = (bytes: Uint8Array) => {
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      lineByLine(bytes);
      return;
    }
    splitText(text);
  };

  return {
    push(chunk) {
      const last = chunk.lastIndexOf(10);
      if (last < 0) {
        // A copy: the caller may reuse the piece's buffer once `push` returns.
        tail.push(chunk.slice());
        return;
      }
      // The line the last piece began is joined alone; the piece's other whole lines are decoded
      // where they are (joining them too copied the whole file once more: 2.5 s at 10^6 lines).
      let from = 0;
      if (tail.length) {
        from = chunk.indexOf(10) + 1;
        block(concatBytes([...tail, chunk.subarray(0, from)]));
      }
      if (from <= last) block(chunk.subarray(from, last + 1));
      tail = last + 1 < chunk.length ? [chunk.slice(last + 1)] : [];
    },
    end() {
      if (tail.length) block(concatBytes(tail));
      tail = [];
    },
  };
}
