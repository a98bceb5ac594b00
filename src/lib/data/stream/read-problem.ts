/**
 * The problem a read error becomes: a gzip file that ends before its compressed data does was cut
 * short; other gzip errors mean damaged data; a plain file that fails to read went away or broke.
 */
import type { Problem } from '../paper';
import type { ByteSource } from './byte-source';

export function readProblem(
  error: unknown,
  source: Pick<ByteSource, 'compressed' | 'sourceEnded'>,
  file: string,
  line: number,
): Problem {
  const why = error instanceof Error ? error.message : String(error);
  const read = line > 0 ? ` Lines 1–${line} were read.` : '';
  let message: string;
  if (source.compressed && source.sourceEnded)
    message = `The file ends before its compressed data does: it was probably cut short while downloading or copying.${read}`;
  else if (source.compressed) message = `The gzip data is damaged (${why}); reading stopped.${read}`;
  else message = `The file could not be read to its end (${why}).${read}`;
  return { file, line: Math.max(1, line), message, action: 'refused' };
}
