/**
 * Files that are not text, told by their bytes before the text pipeline would decode them: the
 * app's Parquet save format (`PAR1` at both ends) and gzip (`1f 8b`). Their readers are loaded
 * lazily. `readOne` (read-files.ts) asks here first: a null answer means "text, read as usual".
 */
import { decodeBytes } from './decode-text';
import type { ParseResult } from './paper';
import { parseText } from './parse-text';

export type BinaryFormat = 'parquet' | 'gzip';

export function detectBinaryFormat(bytes: Uint8Array): BinaryFormat | null {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip';
  const n = bytes.length;
  const par1 = (at: number) =>
    bytes[at] === 0x50 && bytes[at + 1] === 0x41 && bytes[at + 2] === 0x52 && bytes[at + 3] === 0x31;
  if (n < 12 || !par1(0) || !par1(n - 4)) return null;
  // The footer's length, little-endian, before the last magic: it must fit between the magics.
  const footer = (bytes[n - 8] | (bytes[n - 7] << 8) | (bytes[n - 6] << 16) | (bytes[n - 5] << 24)) >>> 0;
  return footer > 0 && footer <= n - 12 ? 'parquet' : null;
}

/**
 * The file read as Parquet or gzip, or null when it is neither. Gzip holding arXiv or OpenAlex
 * JSON lines is read as a stream; gzip holding anything else is gunzipped and read as text.
 */
export async function readBinaryFile(
  input: { name: string; bytes: Uint8Array },
  asOf?: string,
  onProgress?: (fraction: number) => void,
): Promise<ParseResult | null> {
  const file = input.name;
  // A Blob takes bytes over an ArrayBuffer; a file's bytes always are.
  const bytes = input.bytes as Uint8Array<ArrayBuffer>;
  const format = detectBinaryFormat(bytes);
  if (format === 'parquet') {
    const { readCollectionParquet } = await import('./parquet/read-parquet');
    return readCollectionParquet(bytes, { file, asOf });
  }
  if (format !== 'gzip') return null;
  const { collectPapers } = await import('./stream/collect-papers');
  const streamed = await collectPapers(new Blob([bytes]).stream(), {
    file,
    asOf,
    size: bytes.length,
    onProgress: (_, p) => onProgress?.(p.fraction ?? 0),
  });
  const { papers, problems, records } = streamed;
  if (streamed.format !== 'unknown') return { format: streamed.format, papers, problems, records };
  // Not JSON lines of a paper format: gunzipped whole, the text is read as any other file's.
  const text = await gunzip(bytes).catch(() => null);
  if (!text?.length) return { format: 'unknown', papers, problems, records };
  const decoded = decodeBytes(text);
  if (decoded.ok) return parseText(decoded.text, { file, asOf, onProgress });
  return {
    format: 'unknown',
    papers: [],
    records: 0,
    problems: [{ file, line: decoded.line, message: decoded.message, action: 'refused' }],
  };
}

async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
