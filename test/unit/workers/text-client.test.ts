import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfileText } from '../../../src/lib/data/profile-text';
import { countTerms, hasTerms, termSurface } from '../../../src/lib/model/terms';
import { termBursts, termTrends, termYearCells } from '../../../src/lib/model/term-trends';
import { createSynthetic } from '../../../src/dev/synthetic';
import { arxivLines } from '../../../src/dev/synthetic-record';
import { parseArxivJsonl } from '../../../src/lib/data/arxiv-jsonl';
import { termRows, termsSummary } from '../../../src/lib/model/terms-view';
import { TextClient } from '../../../src/lib/workers/text-client';
import { TextService } from '../../../src/lib/workers/text-service';
import { TermDictionary } from '../../../src/lib/model/term-dictionary';
import { InProcessWorker } from './in-process-worker';
import { textMatcher } from '../../../src/lib/model/search-text';

// One dictionary for the file's papers, as the text service holds one for its collection.
const dict = new TermDictionary();

const seed = readFileSync(new URL('../../../data/profile-walmsley.txt', import.meta.url), 'utf8');
const { papers } = parseProfileText(seed, { file: 'seed', asOf: '2026-11-26' });
const synthetic = parseArxivJsonl([...arxivLines(createSynthetic({ papers: 9000, seed: 3 }), 3)].join('\n'), {
  file: 'synthetic.jsonl',
}).papers;

/** The view as the page computed it before the worker: straight from the model functions. */
function direct(visible: typeof papers, selected: string[], limit: number) {
  const span = { first: 2018, last: 2026 };
  const all = papers.map((p) => p.year!).filter(Boolean);
  [span.first, span.last] = [Math.min(...all), Math.max(...all)];
  const ranked = countTerms(dict, visible, { limit: 40 });
  const rows = termRows(dict, ranked, selected, visible, limit);
  const trends = termTrends(dict, visible, ranked.slice(0, 20), span);
  const bursts = termBursts(dict, visible, rows, span);
  return {
    rows,
    cells: termYearCells(dict, visible, rows, span),
    trends,
    bursts,
    summary: termsSummary(rows, trends, bursts, visible.length),
    papers: visible.length,
  };
}

describe('TextService', () => {
  it('answers the terms view exactly as the model functions do on the same papers', () => {
    const service = new TextService();
    service.append(papers);
    const indexes = Int32Array.from(papers.flatMap((p, i) => (p.year! >= 2021 ? [i] : [])));
    const visible = Array.from(indexes, (i) => papers[i]);
    expect(service.view({ indexes, selected: ['radio galaxy'], limit: 15 })).toEqual(
      direct(visible, ['radio galaxy'], 15),
    );
    expect(service.view({ indexes: null, selected: [], limit: 5 })).toEqual(direct(papers, [], 5));
  });

  it("keeps the whole collection's view per limit and selected terms, until papers are added", () => {
    const service = new TextService();
    service.append(papers.slice(0, 10));
    const whole = service.view({ indexes: null, selected: [], limit: 5 });
    expect(service.view({ indexes: Int32Array.of(0, 1, 2), selected: [], limit: 5 })).not.toBe(whole);
    expect(service.view({ indexes: null, selected: [], limit: 5 })).toBe(whole);
    // Another limit or term selection is counted afresh, as a new service counts it.
    const fresh = () => {
      const other = new TextService();
      other.append(papers.slice(0, 10));
      return other;
    };
    const galaxy = { indexes: null, selected: ['galaxy'], limit: 5 };
    expect(service.view(galaxy)).toEqual(fresh().view(galaxy));
    expect(service.view({ ...galaxy, selected: [], limit: 6 })).toEqual(
      fresh().view({ ...galaxy, selected: [], limit: 6 }),
    );
    service.append(papers.slice(10));
    expect(service.view({ indexes: null, selected: [], limit: 5 })).toEqual(direct(papers, [], 5));
  });

  it('lists the papers mentioning each term, with the form most of them write', () => {
    const service = new TextService();
    service.append(papers);
    const [galaxy, missing] = service.match(['galaxy', 'no such term']);
    const expected = papers.flatMap((p, i) => (hasTerms(dict, p, ['galaxy']) ? [i] : []));
    expect(expected.length).toBeGreaterThan(3);
    expect([...galaxy.indexes]).toEqual(expected);
    expect(galaxy.surface).toBe(termSurface(dict, 'galaxy', papers));
    expect([...missing.indexes]).toEqual([]);
  });
});

describe('TextService search', () => {
  it('finds exactly the papers the page search finds, accents and case folded', () => {
    // Indexed as the papers arrive (the worker) or at the first search (the page), in pieces.
    for (const indexOnArrival of [false, true]) {
      const service = new TextService({ indexOnArrival });
      service.append(synthetic.slice(0, 100));
      expect([...service.search('galaxy')].every((i) => i < 100)).toBe(true);
      service.append(synthetic.slice(100));
      for (const query of ['galaxy', 'Deep LEARNING', 'silva', 'no such word', 'towards fast']) {
        const expected = synthetic.flatMap((p, i) => (textMatcher(query)(p) ? [i] : []));
        expect([...service.search(query)], query).toEqual(expected);
      }
    }
    // Indexed a step at a time ahead of the first search (a field in the collection worker).
    const stepped = new TextService();
    stepped.append(synthetic);
    let steps = 1;
    while (!stepped.indexSomeWords(500)) steps++;
    expect(steps).toBe(Math.ceil(synthetic.length / 500));
    const expected = synthetic.flatMap((p, i) => (textMatcher('deep learning')(p) ? [i] : []));
    expect([...stepped.search('deep learning')]).toEqual(expected);
    const accents = new TextService();
    accents.append(papers);
    const author = papers[0].authors[0];
    expect(
      accents.search(author.normalize('NFKD').replace(/\p{M}/gu, '').toUpperCase()).length,
    ).toBeGreaterThan(0);
  });
});

describe('TextClient', () => {
  it('sends a large collection in pieces and answers views and term filters from the worker', async () => {
    const worker = new InProcessWorker();
    const client = new TextClient(synthetic, () => worker);
    const result = await client.view({ indexes: null, selected: [], limit: 15 });
    expect(worker.received.filter((t) => t === 'append').length).toBe(Math.ceil(synthetic.length / 4000));
    expect(worker.service.size).toBe(synthetic.length);
    expect(result?.rows).toHaveLength(15);
    expect(result?.papers).toBe(synthetic.length);

    const key = result!.rows[0].key;
    const matcher = await client.matcher([key]);
    const expected = synthetic.filter((p) => hasTerms(dict, p, [key]));
    expect(synthetic.filter((p) => matcher.has(p, [key]))).toEqual(expected);
    expect(matcher.has(synthetic[0], ['never asked'])).toBe(false);

    expect([...matcher.mask(synthetic, [key])]).toEqual(
      synthetic.map((p) => (hasTerms(dict, p, [key]) ? 1 : 0)),
    );
    const second = result!.rows[1].key;
    const both = await client.matcher([key, second]);
    expect([...both.mask(synthetic, [key, second])]).toEqual(
      synthetic.map((p) => (hasTerms(dict, p, [key, second]) ? 1 : 0)),
    );

    const found = await client.search('learning');
    const expectedFound = synthetic.map((p) => (textMatcher('learning')(p) ? 1 : 0));
    expect(synthetic.map((p) => (found.has(p) ? 1 : 0))).toEqual(expectedFound);
    expect([...found.mask(synthetic)]).toEqual(expectedFound);
    // Another list of the same papers (a filtered view) is answered paper by paper.
    const part = synthetic.slice(100, 300);
    expect([...found.mask(part)]).toEqual(expectedFound.slice(100, 300));
  });

  it('drops a view superseded by a newer one (null), and answers the newest', async () => {
    const worker = new InProcessWorker();
    const client = new TextClient(papers, () => worker, 0);
    const older = client.view({ indexes: Int32Array.of(0, 1, 2), selected: [], limit: 15 });
    const newer = client.view({ indexes: null, selected: [], limit: 15 });
    expect(await older).toBeNull();
    expect(await newer).toEqual(direct(papers, [], 15));
  });

  it('runs on the page when the worker cannot start or fails to load', async () => {
    const failing = new TextClient(
      papers,
      () => {
        throw new Error('no workers here');
      },
      0,
    );
    expect((await failing.view({ indexes: null, selected: [], limit: 15 }))?.rows).toEqual(
      direct(papers, [], 15).rows,
    );

    const worker = new InProcessWorker();
    worker.postMessage = () => setTimeout(() => worker.onerror?.({ preventDefault() {} } as Event), 0);
    const broken = new TextClient(papers, () => worker, 0);
    const matcher = await broken.matcher(['galaxy']);
    expect(papers.filter((p) => matcher.has(p, ['galaxy']))).toEqual(
      papers.filter((p) => hasTerms(dict, p, ['galaxy'])),
    );
    expect(worker.terminated).toBe(true);
  });

  it('counts a small collection on the page, without starting a worker', async () => {
    let started = 0;
    const client = new TextClient(papers, () => {
      started++;
      return new InProcessWorker();
    });
    expect((await client.view({ indexes: null, selected: [], limit: 15 }))?.rows).toEqual(
      direct(papers, [], 15).rows,
    );
    expect(started).toBe(0);
  });

  it('builds the word index ahead of the first search on its own thread, a task per step; a worker needs none', async () => {
    const here = new TextClient(synthetic, () => new InProcessWorker(), Infinity);
    const order: string[] = [];
    const indexing = here.indexWords().then(() => order.push('indexed'));
    // A question asked meanwhile is answered between the steps, not after them all.
    const view = here.view({ indexes: null, selected: [], limit: 15 }).then((v) => (order.push('view'), v));
    await indexing;
    expect((await view)?.papers).toBe(synthetic.length);
    expect(order).toEqual(['view', 'indexed']);
    const found = await here.search('galaxy');
    expect(synthetic.filter((p) => found.has(p))).toEqual(synthetic.filter(textMatcher('galaxy')));

    const worker = new InProcessWorker();
    const there = new TextClient(synthetic, () => worker, 0);
    await there.indexWords();
    expect(worker.received.filter((t) => t !== 'append')).toEqual([]);
  });

  it('answers nothing once stopped (its collection was replaced)', async () => {
    const worker = new InProcessWorker();
    const client = new TextClient(papers, () => worker, 0);
    const view = client.view({ indexes: null, selected: [], limit: 15 });
    client.terminate();
    expect(await view).toBeNull();
    expect(worker.terminated).toBe(true);
  });
});
