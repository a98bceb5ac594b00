import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../src/lib/data/bibtex';

const own = (name: string) => readFileSync(new URL(`../../fixtures/bibtex/${name}`, import.meta.url), 'utf8');

describe('a Mendeley-style .bib reusing a key (test/fixtures/bibtex/mendeley-shared-keys.bib)', () => {
  const r = parseBibtex(own('mendeley-shared-keys.bib'), { file: 'mendeley.bib', asOf: '2026-11-26' });

  it('keeps the three different works that share "Scales2015"', () => {
    expect(r.records).toBe(6);
    expect(
      r.papers.filter((p) => p.authors[0] === 'Pat R. Scales').map((p) => [p.title, p.source.line]),
    ).toEqual([
      ["Books under fire: a hit list of banned and challenged children's books", 3],
      ['Value judgment: what makes a book worth keeping', 9],
      ['Scales on censorship: the right to read', 15],
    ]);
  });

  it('notes each reuse of a key at its line, naming the first use', () => {
    const reused = r.problems.filter((p) => p.code === 'duplicate-key');
    expect(reused.map((p) => [p.line, p.action, p.message])).toEqual([
      [
        9,
        'noted',
        'The key "Scales2015" was already used at line 3; this entry is kept as a work of its own.',
      ],
      [
        15,
        'noted',
        'The key "Scales2015" was already used at line 3; this entry is kept as a work of its own.',
      ],
      [
        33,
        'noted',
        'The key "Doyle2017" was already used at line 27; this entry is kept as a work of its own.',
      ],
    ]);
  });

  it('resolves a crossref to the first entry with the key', () => {
    const foreword = r.papers.find((p) => p.title === 'Foreword');
    expect(foreword).toMatchObject({
      year: 2015,
      venue: "Books under fire: a hit list of banned and challenged children's books",
    });
  });

  it('merges only the same work: the entry exported twice is one paper, said so', () => {
    expect(r.papers.filter((p) => p.title === 'Banned books week at thirty-five')).toHaveLength(1);
    expect(r.problems.filter((p) => p.code === 'same-paper').map((p) => p.line)).toEqual([33]);
    expect(r.papers).toHaveLength(5);
  });
});
