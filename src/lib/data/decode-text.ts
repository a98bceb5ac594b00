/**
 * Bytes → text, refusing rather than guessing: a BOM or a declared charset decides; otherwise the
 * bytes must be valid UTF-8. Never produces replacement characters. Also repairs text that some
 * other tool decoded as latin-1 although it was UTF-8.
 */
/** A refusal's message names neither the file nor the line: callers show those beside it. */
export type Decoded =
  { ok: true; text: string; encoding: string } | { ok: false; message: string; line: number };

const DECLARED = [
  /<\?xml[^>]*encoding=["']([\w-]+)["']/i,
  /@comment\{\s*jabref-meta:\s*encoding:([\w-]+)/i,
  /%\s*encoding:\s*([\w-]+)/i,
  /charset=["']?([\w-]+)/i,
];

/** The bytes as text, or why not (callers name the file beside the message). */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strict(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict(bytes.subarray(2), 'utf-16be');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  for (const re of DECLARED) {
    const m = head.match(re);
    if (m && !/^utf-?8$/i.test(m[1])) return strict(bytes, m[1].toLowerCase());
  }
  return strict(bytes, 'utf-8');
}

function strict(bytes: Uint8Array, encoding: string): Decoded {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    return {
      ok: false,
      line: 1,
      message: `declares the encoding “${encoding}”, which this browser cannot read.`,
    };
  }
  try {
    return { ok: true, text: decoder.decode(bytes), encoding };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = countLines(bytes, at);
    return {
      ok: false,
      line,
      message:
        `not valid ${encoding.toUpperCase()} (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at}) ` +
        'and no other encoding is declared. Save the file as UTF-8 and load it again.',
    };
  }
}

/** Offset of the first byte that breaks UTF-8 (only used for the message). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search on the longest valid prefix (allowing a cut multi-byte sequence at the end).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

function countLines(bytes: Uint8Array, end: number): number {
  let n = 1;
  for (let i = 0; i < end && i < bytes.length; i++) if (bytes[i] === 10) n++;
  return n;
}

/** UTF-8 bytes read as latin-1 ("RamÃ­rez"): re-decode when that yields valid UTF-8. */
export function repairMojibake(text: string): string {
  if (!/[\u00C2-\u00F4][\u0080-\u00BF]/.test(text) || /[\u0100-\uffff]/.test(text)) return text;
  const bytes = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}
