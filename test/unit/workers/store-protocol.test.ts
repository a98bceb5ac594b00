import { describe, expect, it } from 'vitest';
import { filterStore } from '../../../src/lib/model/store-filter';
import { createSynthetic } from '../../../src/dev/synthetic';
import { arxivLines } from '../../../src/dev/synthetic-record';
import { StoreClient, type WorkerLike } from '../../../src/lib/workers/store-client';
import {
  LatestFilter,
  RequestIds,
  transferableCounts,
  type StoreRequest,
} from '../../../src/lib/workers/store-protocol';
import { createStoreService, type StoreService } from '../../../src/lib/workers/store-service';

const filter = (id: number): Extract<StoreRequest, { type: 'filter' }> => ({ type: 'filter', id, query: {} });

describe('LatestFilter', () => {
  it('keeps only the newest waiting filter and names the one it replaced', () => {
    const q = new LatestFilter();
    expect(q.offer(filter(1))).toBeNull();
    expect(q.offer(filter(2))).toBe(1);
    expect(q.offer(filter(3))).toBe(2);
    expect(q.take()?.id).toBe(3);
    expect(q.take()).toBeNull();
  });

  it('drops a late-arriving older filter rather than the newer one', () => {
    const q = new LatestFilter();
    q.offer(filter(5));
    expect(q.offer(filter(4))).toBe(4);
    expect(q.take()?.id).toBe(5);
  });
});

describe('RequestIds', () => {
  it('accepts only the answer to the latest filter, and every other answer', () => {
    const ids = new RequestIds();
    const a = ids.next('filter');
    const load = ids.next('load');
    const b = ids.next('filter');
    const counts = (id: number) => ({ type: 'counts' as const, id, counts: {} as never, ms: 0 });
    expect(ids.isCurrent(counts(a))).toBe(false);
    expect(ids.isCurrent(counts(b))).toBe(true);
    expect(ids.isCurrent({ type: 'progress', id: load, bytes: 0, total: 0, records: 0 })).toBe(true);
  });
});

describe('transferableCounts', () => {
  it('copies a selection that views a larger buffer, so transferring it cannot detach the store', () => {
    const store = new Uint32Array([1, 2, 3, 4]);
    const counts = {
      timeline: new Uint32Array(2),
      timelineMonths: null,
      categories: new Uint32Array(1),
      people: null,
      selectedCount: 2,
      selected: store.subarray(1, 3),
      path: 'cube' as const,
    };
    const { counts: out, transfer } = transferableCounts(counts);
    expect([...out.selected!]).toEqual([2, 3]);
    expect(transfer).not.toContain(store.buffer);
    expect(transfer).toHaveLength(3);
  });
});

/** The client and the service wired through a fake worker, in one Node process. */
function pair(): { client: StoreClient; service: StoreService; posted: string[] } {
  const posted: string[] = [];
  const worker: WorkerLike = {
    onmessage: null,
    postMessage: (m) => queueMicrotask(() => service.receive(m)),
    terminate: () => {},
  };
  const service = createStoreService((m) => {
    posted.push(m.type);
    worker.onmessage?.({ data: m } as MessageEvent);
  });
  return { client: new StoreClient(worker), service, posted };
}

describe('the store worker protocol, without a browser', () => {
  const text = [...arxivLines(createSynthetic({ papers: 400, seed: 3 }), 3)].join('\n');

  it('refuses to filter before a collection is loaded', async () => {
    await expect(pair().client.filter({})).rejects.toThrow(/No collection/);
  });

  it('imports JSON lines with progress, then answers only the newest of a burst of filters', async () => {
    const { client, service, posted } = pair();
    const progress: number[] = [];
    const loaded = await client.importJsonl(new TextEncoder().encode(text), 'x.jsonl', (p) =>
      progress.push(p.records),
    );
    expect(loaded.summary.size).toBe(400);
    expect(loaded.summary.merged).toBe(true);
    expect(loaded.summary.categoryTotals.reduce((a, b) => a + b, 0)).toBe(400);
    expect(progress.at(-1)).toBe(400);
    const query = { years: { from: 2010, to: 2020 } };
    const answers = await Promise.all([
      client.filter({}),
      client.filter({ code: true }),
      client.filter(query),
    ]);
    expect(answers.slice(0, 2)).toEqual([null, null]);
    expect(answers[2]).toEqual(filterStore(service.current!.store, query));
    expect(posted.filter((t) => t === 'counts')).toHaveLength(1);
    expect(posted.filter((t) => t === 'dropped')).toHaveLength(2);
  });
});
