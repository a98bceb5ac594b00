/// <reference lib="webworker" />
/**
 * The collection worker: reads files (JSON lines streamed by collection-stream.ts, other files
 * whole by the app's readers) or opens the collection kept in IndexedDB, and answers the page's
 * questions about the collections it holds, each under an id (a preview while a file is read,
 * then the collection). A collection of HOLD_IN_WORKER_FROM papers or more stays here (the page
 * holds no paper of it, and asks for files of it here too); a smaller one goes to the page.
 */
import type { DataSource } from '../../source/questions';
import { WORKER_MAX_PAPERS, type FromWorker, type ToWorker } from './collection-protocol';
import { overLimit, streamFiles, type WorkerHooks } from './collection-stream';
import { loadCollection } from '../persist';
import { saveCollection } from '../persist-save';
import { readFiles } from '../../data/read-files';
import { holdCollection, keptOf, type Kept, type Read } from './held-collection';
import { fileOf } from './held-file';
import { startTermsFeed, type TermsFeed } from '../../workers/text-feed';

const sources = new Map<number, DataSource>();
let lastId = 0;
/** The collection this worker keeps, for the files the page asks of it. */
let kept: Kept | null = null;

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

/**
 * When a question last came or was answered: the copy for the next visit waits for quiet. (The
 * answers are worked out without a break, so no timer runs while one is; some questions are never
 * answered — a preview's about people, a superseded one — so they are not counted.)
 */
let lastBusy = 0;
/** How long no question must have come before the copy is written (the first views ask within it). */
const QUIET_MS = 1000;

/**
 * Resolves once no question came or was answered for QUIET_MS: writing a field to
 * IndexedDB clones every paper on this thread (seconds at 10^6), which would hold up the first
 * views' answers — the terms above all — if it ran as the collection is handed over.
 */
async function quiet(): Promise<void> {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  await sleep(QUIET_MS);
  while (performance.now() - lastBusy < QUIET_MS) await sleep(QUIET_MS / 4);
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

type Ask = Extract<ToWorker, { type: 'ask' }>;
type Reading = Extract<ToWorker, { type: 'stream' | 'read' }>;

/** Answers at once or when the source has it; a question for a source that was replaced is never answered. */
function answer({ id, source: sourceId, question }: Ask) {
  const source = sources.get(sourceId);
  if (!source) return;
  lastBusy = performance.now();
  const fail = (e: unknown) => hooks.post({ type: 'error', id, message: messageOf(e) });
  const post = (answer: Extract<FromWorker, { type: 'answer' }>['answer']) => {
    lastBusy = performance.now();
    hooks.post({ type: 'answer', id, answer });
  };
  try {
    const a = source.ask(question);
    if (a instanceof Promise) a.then(post, fail);
    else post(a);
  } catch (e) {
    fail(e);
  }
}

/**
 * Keeps `collection` here: its source, the page told, then its copy for the next visit. `terms`:
 * the worker that counted the terms of the file it streamed from.
 */
async function hold(
  collection: Kept,
  aliases: Reading['aliases'],
  reports: Read['reports'],
  save: boolean,
  terms: TermsFeed | null = null,
) {
  const { page, held } = await holdCollection(collection, aliases);
  // Before the page is told: its first terms question finds the terms counted as the file came.
  if (terms) await page.adoptTerms(terms);
  kept = collection;
  hooks.post({ type: 'held', reports, ...held, source: hooks.register(page) });
  // The word index once the terms view is drawn, a step per task between the questions, so the
  // first search does not build it (32 s at 10^6 papers); the copy once quiet.
  void page.indexWords();
  await quiet();
  if (!save) return;
  // Replaced meanwhile (another file read): that one is kept instead.
  if (kept === collection) hooks.post({ type: 'saved', warning: await saveCollection(collection, true) });
}

async function readAll(m: Reading): Promise<void> {
  // A streamed file's terms are counted as it comes; its worker stops here unless held took it.
  const terms = m.type === 'stream' ? startTermsFeed() : null;
  try {
    await readAndKeep(m, terms);
  } finally {
    terms?.close();
  }
}

async function readAndKeep(m: Reading, terms: TermsFeed | null): Promise<void> {
  let read: Read | null;
  if (m.type === 'stream') read = await streamFiles(m, hooks, terms);
  else {
    // Whole files: progress as the readers report it, in whole percents.
    let last = -1;
    read = await readFiles(m.files, m.asOf, (fraction) => {
      const percent = Math.floor(fraction * 100);
      if (percent === last) return;
      last = percent;
      hooks.post({ type: 'progress', share: percent / 100, papers: 0, problems: 0 });
    });
  }
  if (!read) return hooks.post({ type: 'whole' });
  const { papers } = read.merged;
  // Whole files are held to the streamed files' limit too: refused, with the count, rather than cut.
  if (papers.length > WORKER_MAX_PAPERS) {
    const message = `The files hold ${overLimit(papers.length, WORKER_MAX_PAPERS)}`;
    const problems = [{ file: m.files.map((f) => f.name).join(', '), message, action: 'refused' as const }];
    return hooks.post({
      type: 'page',
      merged: { papers: [], problems, profile: null },
      reports: read.reports,
    });
  }
  if (papers.length < m.holdFrom) return hooks.post({ type: 'page', ...read });
  const label = m.files.map((f) => f.name).join(', ');
  await hold(keptOf(read, label, m.asOf), m.aliases, read.reports, true, terms);
}

async function openKept(aliases: Reading['aliases']): Promise<void> {
  const stored = await loadCollection();
  if (!stored || stored.papers.length === 0) return hooks.post({ type: 'none' });
  await hold(stored, aliases, [], false);
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.type === 'ask') return answer(m);
  if (m.type === 'file') {
    const { id, format } = m;
    return void fileOf(kept, format).then(
      (answer) => hooks.post({ type: 'answer', id, answer }),
      (err) => hooks.post({ type: 'error', id, message: messageOf(err) }),
    );
  }
  const run = m.type === 'kept' ? openKept(m.aliases) : readAll(m);
  run.catch((err) => hooks.post({ type: 'failed', message: messageOf(err) }));
};
