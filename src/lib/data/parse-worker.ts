/// <reference lib="webworker" />
/** Parses files off the main thread, so the page stays responsive for large files. */
import { readFiles, type FileInput } from './read-files';

self.onmessage = async (e: MessageEvent<{ files: FileInput[]; asOf?: string }>) => {
  try {
    const out = await readFiles(e.data.files, e.data.asOf);
    self.postMessage({ ok: true, ...out });
  } catch (err) {
    self.postMessage({ ok: false, message: String(err) });
  }
};
