import { describe, expect, it } from 'vitest';
import { makePaper } from '../../../src/lib/data/paper';
import { paperSharer } from '../../../src/lib/data/stream/shared-strings';

const read = (title: string, authors: string[]) =>
  makePaper({ title, authors, date: '2021-03', venue: 'ApJ 900, 1', source: { file: 'f.jsonl', line: 1 } });

describe('paperSharer', () => {
  it('changes no value of a paper', () => {
    const share = paperSharer();
    const papers = [read('A', ['Ana Li', 'Bo Chen']), read('B', ['Bo Chen']), read('C', [])];
    const copies = structuredClone(papers);
    expect(papers.map(share)).toEqual(copies);
  });

  it('gives every paper without guessed categories the same empty list, which nothing can change', () => {
    const share = paperSharer();
    const [a, b] = [share(read('A', ['Ana Li'])), share(read('B', ['Ana Li']))];
    expect(a.guessedCategories).toBe(b.guessedCategories);
    expect(() => (a.guessedCategories as string[]).push('x')).toThrow(TypeError);
  });
});
