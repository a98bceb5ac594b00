/// <reference lib="webworker" />
/** Parses files off the main thread, so the page stays responsive for large files. */
import { readFiles, type FileInput } from './read-files';

self.onmessage = async (e: MessageEvent<{ files: FileInput[]; asOf?: string }>) => {
  try {
    // Progress in whole percents: a message per percent at most.
    let last = -1;
    const out = await readFiles(e.data.files, e.data.asOf, (fraction) => {
      const percent = Math.floor(fraction * 100);
      if (percent === last) return;
      last = percent;
      self.postMessage({ progress: percent / 100 });
    });
    self.postMessage({ ok: true, ...out });
  } catch (err) {
    self.postMessage({ ok: false, message: String(err) });
  }
};
