/**
 * A collection held by the collection worker answers as the page's own source does: the worker's
 * code (holdCollection) behind a WorkerSource, every question crossing a structured clone as it
 * does between the page and a worker, with random filters (seeded). Counts the cubes hold are
 * answered on the page side, so this is also the cubes' differential test at every filter.
 * (The worker itself, in Chromium, is driven end to end in test/e2e/field-size.spec.ts.)
 */
import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../../src/lib/data/paper';
import type { Question } from '../../../src/lib/source/questions';
import { WorkerSource, type WorkerPort } from '../../../src/lib/source/worker/worker-source';
import { holdCollection } from '../../../src/lib/collection/worker/held-collection';
import { expectSameEverywhere } from '../../helpers/engine-questions';
import { generatedPapers, pageSourceOf } from '../../helpers/collections';

const aliases = { same: [], different: [] };

async function heldSource(papers: number, seed: number) {
  const all = generatedPapers(papers, seed);
  const kept = { profile: emptyProfile('2026-12-01'), papers: all, source: 'test', problems: [] };
  const opened = await holdCollection(kept, aliases);
  const { page } = opened;
  const held = { ...opened.held, source: 7 };
  const asked: Question[] = [];
  const port: WorkerPort = {
    async ask(source, question) {
      expect(source).toBe(7);
      asked.push(question);
      return structuredClone(await page.ask(structuredClone(question)));
    },
    file: () => Promise.reject(new Error('no files here')),
    terminate: () => undefined,
  };
  // The reference: the same papers opened by the page's source, as the CLI opens them.
  const reference = pageSourceOf(all, kept.profile).source;
  return { reference, worker: new WorkerSource(port, structuredClone(held), true), held, asked };
}

describe('a collection held in the collection worker', () => {
  it('answers every question as the page source does, under random filters', async () => {
    const { reference, worker, held } = await heldSource(2500, 3);
    expect(held.cube).not.toBeNull();
    expect(worker.info).toEqual(reference.info);
    await expectSameEverywhere({ page: reference, sources: [{ name: 'worker', source: worker }] }, 10, 3);
  }, 120_000);

  it('answers the counts its cubes hold at once, in the page, without asking the worker', async () => {
    const { worker, asked } = await heldSource(1200, 4);
    const category = worker.info.categories[0].id;
    const q: Question = {
      kind: 'counts',
      filter: [{ source: 'categories', value: { kind: 'category', ids: [category] } }],
      period: 'month',
      categories: 'primary',
    };
    const answer = worker.ask(q);
    expect(answer).not.toBeInstanceOf(Promise);
    expect((answer as { papers: number }).papers).toBe(worker.info.categories[0].count);
    expect(asked).toEqual([]);
    // Listed categories are not in the cubes: asked of the worker.
    await worker.ask({ ...q, categories: 'listed' });
    expect(asked).toHaveLength(1);
  });

  it('shares one answer between views asking the same, and drops an answer a newer question replaced', async () => {
    const { worker, asked } = await heldSource(600, 5);
    const q = (offset: number): Question => ({
      kind: 'papers',
      filter: [],
      order: 'newest',
      offset,
      limit: 5,
    });
    const same = [worker.ask(q(0)), worker.ask(q(0))];
    expect(same[0]).toBe(same[1]);
    await same[0];
    expect(asked).toHaveLength(1);
    let older = 'pending';
    void (worker.ask(q(5)) as Promise<unknown>).then(() => (older = 'answered'));
    const newer = await worker.ask(q(10));
    expect((newer as { rows: unknown[] }).rows).toHaveLength(5);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(older).toBe('pending');
    worker.close();
    expect(worker.ask(q(0))).toBeInstanceOf(Promise);
  });
});
