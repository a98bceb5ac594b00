/**
 * Loads files into an engine, or finds them loaded already. A load writes the people first, then
 * the papers in batches, each with the load's progress (`meta.load`), and last the communities and
 * the collection's facts (`meta.collection`) with `complete`. A second start with the same files
 * answers from the tables at once; a load that stopped half-way resumes after its last whole batch
 * when nothing of a later one was written, and starts over otherwise: never a collection that
 * silently lacks papers.
 *
 *   files ─► read-inputs ─► people and owner (as the page opens it) ─► rows in batches ─► engine ─► communities ─► meta
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { AliasTable } from '../../lib/model/name-merge';
import { openCollection } from '../../lib/source/page/open-collection';
import { PageSource } from '../../lib/source/page/page-source';
import { batchRows, collectionRows, nameKeyRows, peopleRows } from '../../lib/source/sql/collection-rows';
import { SqlScope } from '../../lib/source/sql/scope';
import { findCommunities } from '../../lib/source/sql/sql-communities';
import { META, type LoadState, type StoredCollection } from '../../lib/source/sql/stored';
import type { LoadableEngine } from '../engines/loadable';
import { readInputs } from './read-inputs';

/** Bumped when rows change meaning: a database written by another version is loaded again. */
export const LOADER_VERSION = 3;
export const BATCH_PAPERS = 10_000;

export interface LoadOptions {
  paths: readonly string[];
  asOf?: string;
  aliases: AliasTable;
  batchSize?: number;
  log: (text: string) => void;
  /** Called after each batch (tests stop a load here). */
  afterBatch?: (done: number, batches: number) => void | Promise<void>;
}

export async function loadCollection(
  engine: LoadableEngine,
  options: LoadOptions,
): Promise<StoredCollection> {
  const { log } = options;
  const fingerprint = await fingerprintOf(options);
  const meta = await engine.readMeta();
  const state = meta.has(META.load) ? (JSON.parse(meta.get(META.load)!) as LoadState) : null;
  const same = state?.fingerprint === fingerprint;
  if (same && state.complete && meta.has(META.collection)) {
    log(`Already loaded in ${engine.label}.`);
    return JSON.parse(meta.get(META.collection)!) as StoredCollection;
  }
  const read = await readInputs(options.paths, options.asOf, log);
  for (const r of read.reports) log(r);
  if (read.problems.length)
    log(
      `${read.problems.length} problem${read.problems.length === 1 ? '' : 's'} (first: ${where(read.problems[0])})`,
    );
  if (read.papers.length === 0) throw new Error(`No paper could be read from ${read.source}.`);
  const page = openCollection(read, { aliases: options.aliases });
  const { people, ownerId } = page;
  const batchSize = options.batchSize ?? BATCH_PAPERS;
  const batches = Math.ceil(read.papers.length / batchSize);
  let load: LoadState = { fingerprint, batchSize, batches, done: 0, terms: 0, surfaces: 0, complete: false };
  let known = {};
  if (same && state.batchSize === batchSize && state.batches === batches && (await clean(engine, state))) {
    load = state;
    known = await dictionaries(engine);
    log(`Resuming the load in ${engine.label} after ${state.done} of ${batches} batches.`);
  } else {
    if (state) log(`Loading again: ${same ? 'the last load stopped half-way' : 'other files or settings'}.`);
    await engine.reset();
    await engine.write(
      { people: peopleRows(people), name_keys: nameKeyRows(people) },
      { [META.load]: JSON.stringify(load) },
    );
  }
  const rows = collectionRows(read.papers, people, known);
  const started = Date.now();
  const before = Math.min(read.papers.length, load.done * batchSize);
  for (let k = load.done; k < batches; k++) {
    const batch = batchRows(rows, k * batchSize, Math.min(read.papers.length, (k + 1) * batchSize));
    load = { ...load, done: k + 1, terms: rows.terms.size, surfaces: rows.surfaces.size };
    await engine.write(batch, { [META.load]: JSON.stringify(load) });
    const papers = Math.min(read.papers.length, (k + 1) * batchSize);
    const rate = Math.round(((papers - before) * 1000) / Math.max(1, Date.now() - started));
    log(`Loaded ${papers} of ${read.papers.length} papers (${rate} papers/s)`);
    await options.afterBatch?.(k + 1, batches);
  }
  const base = new PageSource(page);
  const ownerCode = ownerId === undefined ? null : people.people.findIndex((p) => p.id === ownerId);
  const stored: StoredCollection = {
    info: base.info,
    ownerCode,
    categories: [...new Set(read.papers.flatMap((p) => p.categories))].sort(),
    communities: { list: [], codes: [] },
    aliases: options.aliases,
  };
  log('Finding communities…');
  stored.communities = await findCommunities(new SqlScope(engine, stored), read.papers, people);
  await engine.write(
    {},
    { [META.collection]: JSON.stringify(stored), [META.load]: JSON.stringify({ ...load, complete: true }) },
  );
  return stored;
}

/** What identifies a load: the files (path, size, date), the as-of date, the aliases, the loader. */
async function fingerprintOf(options: LoadOptions): Promise<string> {
  const files = await Promise.all(
    options.paths.map(async (p) => {
      const s = await stat(p);
      return [resolve(p), s.size, s.mtimeMs];
    }),
  );
  const text = JSON.stringify([
    LOADER_VERSION,
    options.asOf ?? null,
    options.aliases,
    files,
    options.batchSize ?? null,
  ]);
  return createHash('sha256').update(text).digest('hex');
}

/** True when nothing beyond the state's last whole batch was written. */
async function clean(engine: LoadableEngine, s: LoadState): Promise<boolean> {
  const from = s.done * s.batchSize;
  const counts = await Promise.all([
    engine.countFrom('papers', 'idx', from),
    engine.countFrom('authorships', 'paper', from),
    engine.countFrom('paper_terms', 'paper', from),
    engine.countFrom('paper_categories', 'paper', from),
    engine.countFrom('paper_groups', 'paper', from),
    engine.countFrom('paper_cited_years', 'paper', from),
    engine.countFrom('terms', 'id', s.terms + 1),
    engine.countFrom('surfaces', 'id', s.surfaces + 1),
  ]);
  return counts.every((n) => n === 0);
}

async function dictionaries(engine: LoadableEngine) {
  const pairs = (rows: unknown[][]) => rows.map(([id, text]): [number, string] => [Number(id), String(text)]);
  const [terms, surfaces] = await Promise.all([
    engine.queryAsLoader(`SELECT id, key FROM ${engine.table('terms')}`),
    engine.queryAsLoader(`SELECT id, text FROM ${engine.table('surfaces')}`),
  ]);
  return { terms: pairs(terms), surfaces: pairs(surfaces) };
}

function where(p: { file: string; line?: number; record?: number; message: string }): string {
  const at = p.line !== undefined ? `, line ${p.line}` : p.record !== undefined ? `, record ${p.record}` : '';
  return `${p.file}${at}: ${p.message}`;
}
