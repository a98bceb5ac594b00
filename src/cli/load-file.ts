/** Reading a publication file for a CLI command: bytes → text → papers, problems on stderr. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeBytes } from '../lib/data/decode-text';
import { parseText } from '../lib/data/parse-text';
import type { ParseResult, Problem } from '../lib/data/paper';
import { problemSpot } from '../lib/data/problem-groups';

/** "path/refs.bib, line 3" with the path as given: messages never repeat it. */
function where(file: string, p?: Pick<Problem, 'line' | 'record'>): string {
  const spot = p ? problemSpot(p) : '';
  return spot ? `${file}, ${spot}` : file;
}

/**
 * Parses `file` with the app's parsers. Problems are written to stderr with the file and line;
 * null (after a message) when the file cannot be read or yields no paper: exit status 2.
 */
export async function loadFile(file: string, asOf: string | undefined): Promise<ParseResult | null> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    process.stderr.write(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`);
    return null;
  }
  const decoded = decodeBytes(bytes, file);
  if (!decoded.ok) {
    process.stderr.write(`${where(file, decoded)}: ${decoded.message}\n`);
    return null;
  }
  const result = await parseText(decoded.text, { file: basename(file), asOf });
  for (const p of result.problems) process.stderr.write(`${where(file, p)}: ${p.message}\n`);
  if (result.papers.length === 0) {
    const first = result.problems[0];
    process.stderr.write(`${where(file, first)}: no paper could be read.\n`);
    return null;
  }
  return result;
}

/** A valid `--as-of`, or a message. */
export function checkAsOf(asOf: string | undefined): string | null {
  return asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)
    ? `--as-of must be YYYY-MM-DD, not “${asOf}”`
    : null;
}
