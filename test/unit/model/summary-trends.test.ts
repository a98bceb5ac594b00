import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfileText } from '../../../src/lib/data/profile-text';
import { summariseCollection } from '../../../src/lib/model/collection-summary';
import { STOPWORDS } from '../../../src/lib/model/stopwords';

const seed = readFileSync(new URL('../../../data/profile-walmsley.txt', import.meta.url), 'utf8');
const result = parseProfileText(seed, { file: 'seed', asOf: '2026-11-26' });

describe('collection summary: terms and communities', () => {
  const s = summariseCollection(result);

  it('lists the 20 heaviest terms with their papers, galaxy first, none of them stopwords', () => {
    expect(s.terms).toHaveLength(20);
    expect(s.terms[0]).toEqual({ term: 'galaxy', papers: 11 });
    expect(s.terms.slice(0, 10).map((t) => t.term)).toEqual([
      'galaxy',
      'images',
      'classification',
      'galaxy zoo',
      'deep learning',
      'morphology',
      'labels',
      'surveys',
      'volunteer',
      'dataset',
    ]);
    for (const t of s.terms) for (const w of t.term.split(' ')) expect(STOPWORDS.has(w)).toBe(false);
  });

  it('counts the Louvain communities of the coauthor graph', () => {
    expect(s.communities).toBe(9);
    expect(summariseCollection(result).communities).toBe(9);
  });
});
