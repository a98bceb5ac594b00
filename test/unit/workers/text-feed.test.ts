import { describe, expect, it } from 'vitest';
import { createSynthetic } from '../../../src/dev/synthetic';
import { arxivLines } from '../../../src/dev/synthetic-record';
import { parseArxivJsonl } from '../../../src/lib/data/arxiv-jsonl';
import { textMatcher } from '../../../src/lib/model/search-text';
import { TextClient } from '../../../src/lib/workers/text-client';
import { AHEAD, TermsFeed } from '../../../src/lib/workers/text-feed';
import { TextService } from '../../../src/lib/workers/text-service';
import { InProcessWorker } from './in-process-worker';

const papers = parseArxivJsonl([...arxivLines(createSynthetic({ papers: 6000, seed: 5 }), 5)].join('\n'), {
  file: 'synthetic.jsonl',
}).papers;

/** A feed given the papers in uneven batches, as a stream hands them over, and its terms-only worker. */
function fed() {
  const worker = new InProcessWorker(new TextService({ termsOnly: true }));
  const feed = new TermsFeed(() => worker);
  let at = 0;
  for (const size of [1, 999, 4500, 500]) feed.add(papers.slice(at, (at += size)));
  return { worker, feed };
}

/** The same questions of a service that was given the whole collection at once. */
const whole = new TextService();
whole.append(papers);

describe('TermsFeed', () => {
  it('counts terms as the papers stream in; the client it goes to answers as one given them whole', async () => {
    const { worker, feed } = fed();
    // The worker pulls: a few pieces in its queue at most, the rest waits as the papers themselves.
    expect(worker.received).toEqual(new Array(AHEAD).fill('append-texts'));
    const client = new TextClient(papers, () => new InProcessWorker(), Infinity, feed.take(papers));
    // Once taken over, the worker is the client's: the reader's closing of its feed leaves it be.
    feed.close();
    expect(worker.terminated).toBe(false);
    const indexes = Int32Array.from(
      papers.flatMap((p, i) => (p.categories[0] === papers[0].categories[0] ? [i] : [])),
    );
    for (const query of [
      { indexes: null, selected: [], limit: 15 },
      { indexes, selected: ['galaxy'], limit: 10 },
    ])
      expect(await client.view(query)).toEqual(whole.view(query));
    const key = whole.view({ indexes: null, selected: [], limit: 15 }).rows[3].key;
    const matcher = await client.matcher([key]);
    expect([...matcher.mask(papers, [key])]).toEqual(
      [...whole.match([key])[0].indexes].reduce(
        (mask, i) => ((mask[i] = 1), mask),
        new Array<number>(papers.length).fill(0),
      ),
    );
    expect(matcher.surface(key)).toBe(whole.match([key])[0].surface);

    // The worker kept terms, not text: searches are answered where the papers are.
    const found = await client.search('galaxy');
    expect(papers.filter((p) => found.has(p))).toEqual(papers.filter(textMatcher('galaxy')));
    expect(worker.received).not.toContain('search');
    expect(() => worker.service.search('galaxy')).toThrow(/terms only/);
    // The collection's own papers keep their text (the worker had copies).
    expect(papers.every((p) => p.title !== '')).toBe(true);
  });

  it('builds the word index here after the first terms view, a step per task', async () => {
    const { feed } = fed();
    const client = new TextClient(papers, () => new InProcessWorker(), Infinity, feed.take(papers));
    const order: string[] = [];
    const indexing = client.indexWords().then(() => order.push('indexed'));
    await client.view({ indexes: null, selected: [], limit: 15 }).then(() => order.push('view'));
    await indexing;
    expect(order).toEqual(['view', 'indexed']);
    const found = await client.search('dark matter');
    expect(papers.filter((p) => found.has(p))).toEqual(papers.filter(textMatcher('dark matter')));
  });

  it('stops its worker when the collection is not the papers fed (duplicates merged, a file refused)', async () => {
    const { worker, feed } = fed();
    expect(feed.take(papers.slice(1))).toBeNull();
    expect(worker.terminated).toBe(true);
    // The client then counts on its own thread, from the text.
    const client = new TextClient(papers.slice(1), () => new InProcessWorker(), Infinity, null);
    expect((await client.view({ indexes: null, selected: [], limit: 5 }))?.papers).toBe(papers.length - 1);
  });
});
