/**
 * A whole stream read into one result, for callers that want every paper at once (tests, the
 * import of a gzip file through the ordinary pipeline) rather than batches as they come.
 */
import type { Paper, ParseResult } from '../paper';
import type { ByteStream } from './byte-source';
import { streamPapers, type StreamOptions, type StreamResult } from './paper-stream';

export type CollectedStream = ParseResult & Pick<StreamResult, 'ended' | 'bytes' | 'compressed'>;

export async function collectPapers(
  stream: ByteStream,
  options: Omit<StreamOptions, 'onBatch'> & { onProgress?: StreamOptions['onBatch'] },
): Promise<CollectedStream> {
  const papers: Paper[] = [];
  const result = await streamPapers(stream, {
    ...options,
    onBatch: (batch, progress) => {
      for (const p of batch) papers.push(p);
      options.onProgress?.(batch, progress);
    },
  });
  const { format, records, problems, ended, bytes, compressed } = result;
  return { format, papers, problems, records, ended, bytes, compressed };
}
