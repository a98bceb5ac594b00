import { describe, expect, it } from 'vitest';
import { parseArxivJsonl } from '../../../src/lib/data/arxiv-jsonl';
import { createSynthetic, FIRST_YEAR, LAST_YEAR } from '../../../src/dev/synthetic';
import { arxivLines, type ArxivRecord } from '../../../src/dev/synthetic-record';

const lines = (papers: number, seed: number) => [...arxivLines(createSynthetic({ papers, seed }), seed)];

describe('the synthetic generator', () => {
  const sample = lines(3000, 1);
  const records = sample.map((l) => JSON.parse(l) as ArxivRecord);

  it('gives the same lines for the same seed and size, other lines for another seed', () => {
    expect(lines(3000, 1)).toEqual(sample);
    expect(lines(3000, 2)).not.toEqual(sample);
  });

  it('writes every field of the arXiv snapshot, with unique ids', () => {
    const fields = ['id', 'submitter', 'authors', 'title', 'comments', 'journal-ref', 'doi', 'report-no'];
    const more = ['categories', 'license', 'abstract', 'versions', 'update_date', 'authors_parsed'];
    expect(Object.keys(records[0]).sort()).toEqual([...fields, ...more].sort());
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    expect(records[0].versions[0].created).toMatch(
      /^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/,
    );
  });

  it('reads back through the arXiv JSON-lines parser without problems', () => {
    const { papers, problems } = parseArxivJsonl(sample.join('\n'), { file: 'x' });
    expect(problems).toEqual([]);
    expect(papers).toHaveLength(3000);
    const years = papers.map((p) => p.year!);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(FIRST_YEAR);
    expect(Math.max(...years)).toBeLessThanOrEqual(LAST_YEAR);
    // Growth: the last five years hold more papers than the first five.
    const span = (a: number, b: number) => years.filter((y) => y >= a && y <= b).length;
    expect(span(2021, 2025)).toBeGreaterThan(2 * span(1995, 1999));
    expect(papers.some((p) => p.categories.length > 1)).toBe(true);
    expect(papers.some((p) => p.hasCode)).toBe(true);
  });

  it('draws 1–8 authors per paper, few authors most often, and some large collaborations', () => {
    const counts = records.map((r) => r.authors_parsed.length);
    const small = counts.filter((n) => n <= 8);
    expect(small.filter((n) => n === 1).length).toBeGreaterThan(small.filter((n) => n === 8).length);
    expect(small.length / counts.length).toBeGreaterThan(0.98);
    expect(Math.max(...counts)).toBeGreaterThan(15);
  });

  it('makes about 0.12 people per paper, spread over fields', () => {
    const { people } = createSynthetic({ papers: 100_000, seed: 1 });
    expect(people.length).toBeGreaterThan(10_000);
    expect(people.length).toBeLessThan(14_000);
    expect(new Set(people.map((p) => p.display)).size).toBe(people.length);
  });
});
