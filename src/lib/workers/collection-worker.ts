/// <reference lib="webworker" />
/**
 * The collection worker: streams files in (collection-stream.ts), or opens the collection kept
 * in IndexedDB, and answers the page's questions about the collections it holds, each under an
 * id (a preview while a file is read, then the collection). The page holds no paper of them.
 */
import type { DataSource } from '../source/questions';
import type { FromWorker, ToWorker } from './collection-protocol';
import { streamFiles, type WorkerHooks } from './collection-stream';
import { loadCollection } from '../collection/persist';
import { holdCollection } from './held-collection';

const sources = new Map<number, DataSource>();
let lastId = 0;

const hooks: WorkerHooks = {
  post: (message: FromWorker) => self.postMessage(message),
  register(source, replaces) {
    if (replaces != null) {
      sources.get(replaces)?.close();
      sources.delete(replaces);
    }
    if (source) sources.set(++lastId, source);
    return lastId;
  },
};

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Answers at once or when the source has it; a question for a source that was replaced is never answered. */
function answer(id: number, sourceId: number, question: Extract<ToWorker, { type: 'ask' }>['question']) {
  const source = sources.get(sourceId);
  if (!source) return;
  const fail = (e: unknown) => hooks.post({ type: 'error', id, message: messageOf(e) });
  try {
    const a = source.ask(question);
    if (a instanceof Promise) a.then((value) => hooks.post({ type: 'answer', id, answer: value }), fail);
    else hooks.post({ type: 'answer', id, answer: a });
  } catch (e) {
    fail(e);
  }
}

async function openKept(aliases: Extract<ToWorker, { type: 'kept' }>['aliases']): Promise<void> {
  const kept = await loadCollection();
  if (!kept || kept.papers.length === 0) return hooks.post({ type: 'none' });
  const { page, held } = await holdCollection(kept, aliases, 0);
  held.source = hooks.register(page);
  hooks.post({ type: 'held', reports: [], ...held });
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.type === 'ask') return answer(m.id, m.source, m.question);
  const run = m.type === 'stream' ? streamFiles(m, hooks) : openKept(m.aliases);
  run.catch((err) => hooks.post({ type: 'failed', message: messageOf(err) }));
};
