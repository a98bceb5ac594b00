/// <reference lib="webworker" />
/**
 * Reads one JSON-lines file (arXiv snapshot or OpenAlex works lines, plain or gzip) as a stream
 * off the main thread: `File.stream()` here, so the file is never whole in memory and its size is
 * no limit. Papers go to the page in batches as they come, each with the progress so far.
 */
import { streamPapers } from './stream/paper-stream';

self.onmessage = async (e: MessageEvent<{ file: File; asOf?: string }>) => {
  const { file, asOf } = e.data;
  try {
    const done = await streamPapers(file.stream(), {
      file: file.name,
      asOf,
      size: file.size,
      onBatch: (papers, progress) => self.postMessage({ papers, progress }),
    });
    self.postMessage({ done });
  } catch (err) {
    self.postMessage({ failed: String(err) });
  }
};
