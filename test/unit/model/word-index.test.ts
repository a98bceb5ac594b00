import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArxivAtom } from '../../../src/lib/data/arxiv-atom';
import { decodeBytes } from '../../../src/lib/data/decode-text';
import { searchSource, searchText, textMatcher, type SearchText } from '../../../src/lib/model/search-text';
import { WordIndex } from '../../../src/lib/model/word-index';
import { realBytes } from '../../helpers/real-fixtures';

/**
 * `freezeFrom`: how soon postings move from lists into the index's block (at once: 1). `raw`:
 * each paper's text given before folding (`addText`, as the text service indexes), else folded.
 */
const indexOf = (papers: readonly SearchText[], freezeFrom?: number, raw = false) => {
  const index = new WordIndex({ freezeFrom });
  for (const p of papers) {
    if (raw) index.addText(searchSource(p));
    else index.add(searchText(p));
  }
  return index;
};
/** The scan the index replaces: what the page search finds. */
const scan = (papers: readonly SearchText[], query: string) =>
  papers.flatMap((p, i) => (textMatcher(query)(p) ? [i] : []));

const paper = (title: string, abstract = '', authors: string[] = [], venue = ''): SearchText => ({
  title,
  abstract,
  authors,
  venue,
});

describe('WordIndex', () => {
  const papers = [
    paper('Dark-matter halos of dwarf galaxies', 'We model  halos.\nThe HALO mass…', ['Ana Răileanu']),
    paper('Halo occupation', '', ['J. Smith', 'Ana Raileanu'], 'ApJ 900, 1 (2020)'),
    paper('Galaxy clusters', 'No match here', [], ''),
  ];
  const index = indexOf(papers);

  it('finds words inside tokens, folded, and needs every word', () => {
    expect([...index.find('halo')]).toEqual([0, 1]);
    expect([...index.find('MATTER halo')]).toEqual([0]);
    expect([...index.find('raileanu')]).toEqual([0, 1]);
    expect([...index.find('k-mat')]).toEqual([0]);
    expect([...index.find('(2020)')]).toEqual([1]);
    expect([...index.find('halo nowhere')]).toEqual([]);
    expect([...index.find('galax')]).toEqual([0, 2]);
  });

  it('answers every paper for a query without words, none for an empty collection', () => {
    expect([...index.find('  \n ')]).toEqual([0, 1, 2]);
    expect([...new WordIndex().find('halo')]).toEqual([]);
    expect([...new WordIndex().find('')]).toEqual([]);
  });

  it('takes papers added after a search into the next one, moved into its block or not', () => {
    for (const freezeFrom of [undefined, 1, 3]) {
      const growing = indexOf(papers, freezeFrom);
      expect([...growing.find('occupation')]).toEqual([1]);
      growing.add(searchText(paper('Occupation numbers')));
      expect(growing.size).toBe(4);
      expect([...growing.find('occupation')]).toEqual([1, 3]);
      expect([...growing.find('halo')]).toEqual([0, 1]);
      // Settled (every list in the block) and added to again.
      growing.settle();
      growing.add(searchText(paper('Halo occupation')));
      expect([...growing.find('occupation')]).toEqual([1, 3, 4]);
      growing.settle();
      growing.settle();
      expect([...growing.find('halo')]).toEqual([0, 1, 4]);
    }
  });

  it('answers exactly as the scan for any texts and queries', () => {
    // Few letters, spaces of every kind and accents, so words often hit, span and miss tokens;
    // also what folds to more than one character or by context (a ligature, a fraction, a
    // combining accent, capital sigma), and whole lines in ASCII.
    const text = fc.string({
      unit: fc.constantFrom(
        'a',
        'b',
        'A',
        'B',
        'é',
        'ß',
        '-',
        ' ',
        '  ',
        '\n',
        '\t',
        '\u00a0',
        '\u2002',
        'ab',
        'ﬁ',
        '½',
        'e\u0301',
        'Σ',
        'ΑΣ',
        'Ab-c d\n',
      ),
      maxLength: 24,
    });
    const record = fc.record({
      title: text,
      abstract: text,
      authors: fc.array(text, { maxLength: 3 }),
      venue: text,
    });
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 12 }),
        fc.array(text, { minLength: 1, maxLength: 4 }),
        fc.option(fc.integer({ min: 1, max: 16 }), { nil: undefined }),
        fc.boolean(),
        fc.boolean(),
        (ps, queries, freezeFrom, settled, raw) => {
          const index = indexOf(ps, freezeFrom, raw);
          if (settled) index.settle();
          for (const q of queries) expect([...index.find(q)], JSON.stringify(q)).toEqual(scan(ps, q));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('answers exactly as the scan on a real arXiv feed, for words and pieces of words', () => {
    const decoded = decodeBytes(realBytes('arxiv_atom_search_testing_100.xml'));
    if (!decoded.ok) throw new Error(decoded.message);
    const feed = parseArxivAtom(decoded.text, { file: 'feed.xml' }).papers;
    expect(feed).toHaveLength(100);
    const index = indexOf(feed);
    const rawIndex = indexOf(feed, undefined, true);
    // Every 37th word of the titles and abstracts, whole and cut, alone and in pairs.
    const words = feed.flatMap((p) => `${p.title} ${p.abstract}`.split(/\s+/)).filter((_, i) => i % 37 === 0);
    const queries = words.flatMap((w, i) => [w, w.slice(1, -1), `${w} ${words[(i * 7) % words.length]}`]);
    queries.push('testing', 'TEST', 'software testing', 'e', 'zz-no-such-word');
    let hits = 0;
    for (const q of queries) {
      const expected = scan(feed, q);
      expect([...index.find(q)], q).toEqual(expected);
      expect([...rawIndex.find(q)], q).toEqual(expected);
      hits += expected.length;
    }
    expect(queries.length).toBeGreaterThan(300);
    expect(hits).toBeGreaterThan(1000);
  });
});
