/// <reference lib="webworker" />
/**
 * The stream-browser bench's worker: reads the File it is sent with `streamPapers(file.stream())`,
 * as the app's import worker will, posting progress per batch; a `cancel` message aborts it.
 */
import { streamPapers } from '../src/lib/data/stream/paper-stream';

let controller: AbortController | null = null;

self.onmessage = async (e: MessageEvent<{ file?: File; cancel?: boolean }>) => {
  if (e.data.cancel) {
    controller?.abort();
    return;
  }
  const file = e.data.file!;
  controller = new AbortController();
  const started = performance.now();
  let firstBatchMs: number | null = null;
  let batches = 0;
  const result = await streamPapers(file.stream(), {
    file: file.name,
    size: file.size,
    signal: controller.signal,
    onBatch: (papers, progress) => {
      batches++;
      if (papers.length && firstBatchMs === null) firstBatchMs = performance.now() - started;
      self.postMessage({ progress });
    },
  });
  const ms = performance.now() - started;
  self.postMessage({ done: { ...result, problems: result.problems.slice(0, 5), ms, firstBatchMs, batches } });
};
