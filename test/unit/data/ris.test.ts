import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeRis, parseRis } from '../../../src/lib/data/ris';
import { growthExponent } from '../helpers/time-ratio';

const own = (name: string) => readFileSync(new URL(`../../fixtures/ris/${name}`, import.meta.url), 'utf8');
const parse = (text: string, file = 'refs.ris') => parseRis(text, { file });

describe('RIS: Zotero and EndNote records', () => {
  const r = parse(own('zotero-endnote.ris'), 'z.ris');

  it('reads all four records without problems', () => {
    expect(r.format).toBe('ris');
    expect(r.records).toBe(4);
    expect(r.problems).toEqual([]);
    expect(r.papers.map((p) => p.source.line)).toEqual([1, 22, 39, 52]);
  });

  it('reads a Zotero journal article: names, DA date, T2 venue, DOI, abstract', () => {
    const p = r.papers[0];
    expect(p.title).toBe('Opportunities and obstacles for deep learning in biology and medicine');
    expect(p.authors).toEqual([
      'Travers Ching',
      'Daniel S. Himmelstein',
      'Brett K. Beaulieu-Jones',
      'Casey S. Greene',
    ]);
    expect(p).toMatchObject({ date: '2018-04-04', precision: 'day', year: 2018 });
    expect(p.venue).toBe('Journal of The Royal Society Interface');
    expect(p.id).toBe('doi:10.1098/rsif.2017.0387');
    expect(p.abstract).toMatch(/^Deep learning describes/);
  });

  it('finds the arXiv id and the category arXiv prints after it; keywords are not categories', () => {
    const p = r.papers[1];
    expect(p.id).toBe('arxiv:1706.03762');
    expect(p.categories).toEqual(['cs.CL']);
    expect(p.abstract).toBe(
      'The dominant sequence transduction models are based on complex recurrent or convolutional neural networks that include an encoder and a decoder.',
    );
  });

  it('reads A1/T1/Y1 (EndNote), initials, "et al." and a DOI in M3', () => {
    const conf = r.papers[2];
    expect(conf).toMatchObject({ date: '2016', precision: 'year', hasCode: true });
    expect(conf.authors).toEqual(['K. He', 'X. Zhang', 'S. Ren', 'J. Sun']);
    expect(conf.venue).toMatch(/^2016 IEEE Conference/);
    const namd = r.papers[3];
    expect(namd.authors).toEqual(['J. C. Phillips', 'R. Braun']);
    expect(namd.authorsTruncated).toBe(true);
    expect(namd).toMatchObject({ date: '2005-12-01', venue: 'Journal of Computational Chemistry' });
    expect(namd.links.doi).toBe('10.1002/jcc.20289');
    expect(namd.abstract).toMatch(/high-performance simulation of large/);
  });
});

describe('RIS: malformed file', () => {
  const r = parse(own('malformed.ris'), 'bad.ris');

  it('reports stray lines, missing ER, untitled records and bad dates with their lines', () => {
    expect(r.records).toBe(4);
    expect(r.papers.map((p) => p.title)).toEqual([
      'A record without its end',
      'One space before the dash',
      'Last record, never closed',
    ]);
    expect(r.problems.map((p) => [p.line, p.action])).toEqual([
      [1, 'skipped'],
      [4, 'repaired'],
      [7, 'noted'],
      [8, 'skipped'],
      [12, 'skipped'],
      [13, 'repaired'],
      [17, 'repaired'],
    ]);
    expect(r.problems[3]).toMatchObject({
      line: 8,
      message: expect.stringMatching(/BOOK record has no title/),
    });
  });

  it('reads tags written with one space and a partial RIS date', () => {
    expect(r.papers[1]).toMatchObject({ date: '2019-07', precision: 'month', authors: ['A. B. Smith'] });
  });

  it('uses A2 only when a record lists no author', () => {
    const text =
      'TY  - CHAP\nTI  - T\nA2  - Editor, Ed\nER  - \nTY  - CHAP\nTI  - U\nAU  - Writer, W.\nA2  - Editor, Ed\nER  - \n';
    expect(parse(text).papers.map((p) => p.authors)).toEqual([['Ed Editor'], ['W. Writer']]);
  });

  it('refuses empty and non-RIS text', () => {
    expect(parse('').problems[0]).toMatchObject({ action: 'refused', line: 1 });
    expect(parse('@article{x, title={y}}').problems.at(-1)?.message).toMatch(/No RIS records found/);
  });

  it('detects RIS', () => {
    expect(looksLikeRis('\uFEFF\nTY  - JOUR\n')).toBe(true);
    expect(looksLikeRis('title,authors\n')).toBe(false);
  });
});

describe('RIS: robustness', () => {
  it('never throws on arbitrary text or shuffled RIS lines', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => void parse(s)),
      { numRuns: 300 },
    );
    const lines = [
      'TY  - JOUR',
      'ER  - ',
      'TI  - T',
      'AU  - A, B',
      'PY  - 2020///',
      'DA  - x',
      'continued',
      '',
      'UR  - arxiv.org/abs/2101.00001',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lines), { maxLength: 60 }), (ls) => {
        const r = parse(ls.join('\n'));
        expect(r.problems.every((p) => (p.line ?? 0) >= 1)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [
      'one long line',
      (n: number) => `TY  - JOUR\nTI  - ${'a'.repeat(n)}\nAB  - ${'b '.repeat(n / 2)}\nER  - \n`,
      250_000,
    ],
    ['quotes and braces', (n: number) => `TY  - JOUR\nTI  - ${'"{'.repeat(n / 2)}\nER  - \n`, 100_000],
  ])('stays roughly linear on %s', (_name, make, n) => {
    expect(growthExponent(parse, make, n)).toBeLessThan(1.7);
  });
});
