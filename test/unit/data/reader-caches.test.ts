/**
 * The reader's shortcuts give what the plain rules give: titles in printable ASCII normalised
 * without Unicode passes, and authors' names taken from the per-file name cache.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arxivJsonlPaper, type NameCache } from '../../../src/lib/data/arxiv-jsonl-paper';
import { normaliseTitle } from '../../../src/lib/data/paper';

const unicodeRule = (title: string) =>
  title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('normaliseTitle', () => {
  it('gives a printable ASCII title what the Unicode rule gives', () => {
    const ascii = fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    });
    fc.assert(
      fc.property(ascii, (title) => normaliseTitle(title) === unicodeRule(title)),
      { numRuns: 2000 },
    );
  });

  it('still folds accents and other scripts', () => {
    expect(normaliseTitle('Étude des  Galaxies — ΛCDM!')).toBe('etude des galaxies λcdm');
  });
});

describe('arxivJsonlPaper with a name cache', () => {
  // Few surnames, given names and suffixes, so names repeat across records as in a snapshot.
  const part = fc.constantFrom('Li', 'Chen', ' Li ', 'Smith', '', 'J.', 'Ana', 'Ana  Maria');
  const entry = fc.oneof(
    fc.tuple(part, part, fc.constantFrom('', '', 'Jr.', ' III')),
    fc.tuple(part, part),
    fc.constant(['Doe'] as string[]),
    fc.constant('not a list' as unknown as string[]),
  );
  const record = (authors: unknown[], i: number) => ({
    id: `2101.${String(i).padStart(5, '0')}`,
    title: 'A title',
    categories: 'astro-ph.GA',
    versions: [{ created: 'Mon, 4 Jan 2021 19:00:00 GMT' }],
    authors_parsed: authors,
  });

  it('gives every record the authors it gives without one', () => {
    fc.assert(
      fc.property(fc.array(fc.array(entry, { maxLength: 6 }), { maxLength: 12 }), (lists) => {
        const names: NameCache = new Map();
        const problem = () => {};
        lists.forEach((authors, i) => {
          const cached = arxivJsonlPaper(record(authors, i), 'f.jsonl', i + 1, new Map(), problem, names);
          const plain = arxivJsonlPaper(record(authors, i), 'f.jsonl', i + 1, new Map(), problem);
          expect(cached?.authors).toEqual(plain?.authors);
        });
      }),
      { numRuns: 500 },
    );
  });
});
