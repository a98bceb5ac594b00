/**
 * The preview of a file still streaming in: the papers read so far answer the counting views as
 * the page's source would for those papers; the people's views wait for the whole file.
 */
import { describe, expect, it } from 'vitest';
import { PreviewSource } from '../../../src/lib/source/page/preview-source';
import type { Filter } from '../../../src/lib/source/filter';
import type { CountsQuestion } from '../../../src/lib/source/questions';
import { bundledProfile, pageSourceOf } from '../../helpers/collections';

const GA: Filter = [{ source: 'categories', value: { kind: 'category', ids: ['astro-ph.GA'] } }];

describe('the preview of a streaming file', () => {
  const { papers } = bundledProfile();
  const soFar = papers.slice(0, 10);
  const preview = new PreviewSource(soFar, 'big.jsonl.gz', '2026-12-07', 0.625);

  it('says what it holds so far and where it is reading', () => {
    expect(preview.info.size).toBe(10);
    expect(preview.info.source).toBe('big.jsonl.gz (reading: 62% so far)');
    expect(preview.info.profile.asOf).toBe('2026-12-07');
    expect(preview.info.owner).toBeNull();
  });

  it('counts the papers read so far as the page source counts them', async () => {
    const { source: page } = pageSourceOf(soFar);
    const question: CountsQuestion = { kind: 'counts', filter: GA, period: 'year', categories: 'primary' };
    const counts = await preview.ask(question);
    expect(counts).toEqual(await page.ask(question));
    expect(counts.papers).toBe(soFar.filter((p) => p.categories.includes('astro-ph.GA')).length);
    const list = await preview.ask({ kind: 'papers', filter: [], order: 'newest', offset: 0, limit: 5 });
    expect(list.total).toBe(10);
    expect(list.rows.map((r) => r.title)).toEqual(
      (await page.ask({ kind: 'papers', filter: [], order: 'newest', offset: 0, limit: 5 })).rows.map(
        (r) => r.title,
      ),
    );
  });

  it('leaves the questions about people unanswered until the file is read', async () => {
    const waits = [
      preview.ask({ kind: 'top-graph', top: 50, minPapers: 1 }),
      preview.ask({ kind: 'collaboration', filter: [] }),
      preview.ask({ kind: 'terms', filter: [], selected: [], limit: 10 }),
    ];
    const settled = await Promise.race([
      Promise.race(waits).then(() => 'answered'),
      new Promise((r) => setTimeout(() => r('waiting'), 50)),
    ]);
    expect(settled).toBe('waiting');
  });
});
