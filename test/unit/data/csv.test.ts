import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeCsv, parseCsv } from '../../../src/lib/data/csv';
import { splitAuthorList } from '../../../src/lib/data/source-name';
import { growthExponent } from '../helpers/time-ratio';
import { realText } from '../../helpers/real-fixtures';

const real = realText;
const own = (name: string) => readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url), 'utf8');
const parse = (text: string, file = 'papers.csv') => parseCsv(text, { file });

describe('CSV: Scopus export with misaligned rows', () => {
  const r = parse(real('csv_scopus_export_58_misaligned.csv'), 'scopus.csv');
  const ragged = r.problems.filter((p) => p.code === 'extra-cell');

  it('reads 58 rows past the byte-order mark; four same-titled volumes merge into one', () => {
    expect(r.format).toBe('csv');
    expect(r.records).toBe(58);
    expect(r.papers).toHaveLength(55);
    expect(r.papers[0].title).toBe('Scalable molecular dynamics with NAMD');
    expect(r.problems.filter((p) => p.action === 'noted').map((p) => p.line)).toEqual([42, 43, 44]);
  });

  it('reports each row with an extra cell on its physical line', () => {
    expect(ragged).toHaveLength(56);
    expect(ragged.every((p) => p.action === 'repaired')).toBe(true);
    expect(new Set(ragged.map((p) => p.message))).toEqual(
      new Set([
        'One cell more than the header (46, not 45); the last cell was dropped (later cells may be one column off).',
      ]),
    );
    // Row 3 holds a newline in a quoted cell, so the next row starts on line 6, not 5.
    expect(ragged.slice(0, 4).map((p) => p.line)).toEqual([4, 6, 7, 8]);
    expect(ragged.at(-1)?.line).toBe(62);
    expect(r.papers.map((p) => p.source.line).slice(0, 4)).toEqual([2, 3, 4, 6]);
  });

  it('turns "Phillips J.C., Braun R." into display names', () => {
    expect(r.papers[0].authors.slice(0, 3)).toEqual(['J. C. Phillips', 'R. Braun', 'W. Wang']);
    expect(r.papers[0].authors).toContain('L. Kalé');
    expect(r.papers[0]).toMatchObject({
      year: 2005,
      date: '2005',
      venue: 'Journal of Computational Chemistry',
    });
    expect(r.papers[0].id).toBe('doi:10.1002/jcc.20289');
  });

  it('keeps proceedings volumes without authors, and no categories from keywords', () => {
    const proc = r.papers.find((p) => p.title.startsWith('11th International Conference'))!;
    expect(proc.authors).toEqual([]);
    expect(r.papers.every((p) => p.categories.length === 0)).toBe(true);
  });
});

describe('CSV: frictionless invalid file', () => {
  const r = parse(real('csv_malformed_frictionless_invalid.csv'), 'invalid.csv');

  it('reports blank and duplicate headers, the extra cell and the missing title column', () => {
    expect(r.records).toBe(3);
    expect(r.papers).toEqual([]);
    expect(r.problems.map((p) => [p.line, p.action])).toEqual([
      [1, 'noted'],
      [1, 'noted'],
      [1, 'refused'],
      [5, 'repaired'],
    ]);
    expect(r.problems[0].message).toBe('Column 3 has no header; ignored.');
    expect(r.problems[1].message).toMatch(/Column 4 repeats the header "name" of column 2/);
    expect(r.problems[2].message).toMatch(/No title column/);
    expect(r.problems[3]).toMatchObject({
      code: 'extra-cell',
      message: expect.stringMatching(/^One cell more .* \(5, not 4\)/),
    });
  });
});

describe('CSV: own edge cases', () => {
  const csv = parse(own('scopus-style.csv'), 's.csv');

  it('reads headers case-insensitively and prefers "Author full names"', () => {
    expect(csv.papers[0].authors).toEqual(['James C. Phillips', 'Rosemary Braun', 'Laxmikant Kalé']);
    expect(csv.papers[0].links.url).toBe('https://www.scopus.com/record?eid=1');
  });

  it('counts physical lines across CRLF, quoted newlines and blank lines', () => {
    expect(csv.records).toBe(6);
    expect(csv.papers.map((p) => [p.source.line, p.title])).toEqual([
      [2, 'Scalable molecular dynamics with NAMD'],
      [3, 'A title that spans two lines'],
      [6, 'Ragged row'],
      [8, 'Et al. row'],
      [9, 'Unclosed quote,Late L.,,2012,,, more text'],
    ]);
    expect(csv.problems.map((p) => [p.line, p.action])).toEqual([
      [5, 'skipped'],
      [6, 'repaired'],
      [9, 'repaired'],
    ]);
    expect(csv.problems[2].message).toMatch(/^A quote opened on this line is never closed/);
  });

  it('reads "et al." as truncation and code links', () => {
    expect(csv.papers[3]).toMatchObject({ authors: ['A. Smith'], authorsTruncated: true });
    expect(csv.papers[2]).toMatchObject({ hasCode: true, authors: ['J. Doe', 'R. Roe'] });
  });

  const tsv = parse(own('arxiv-list.tsv'), 'a.tsv');

  it('reads TSV with arXiv ids, categories and dates in words', () => {
    expect(tsv.format).toBe('csv');
    expect(tsv.papers[0]).toMatchObject({
      id: 'arxiv:1706.03762',
      categories: ['cs.CL', 'cs.LG'],
      date: '2017-06-12',
      authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar'],
      abstract: 'The dominant sequence\ntransduction models',
    });
    expect(tsv.papers[1]).toMatchObject({
      id: 'arxiv:hep-th/9108028',
      categories: ['hep-th'],
      date: '1991-05-17',
    });
    expect(tsv.papers[2]).toMatchObject({
      categories: ['astro-ph.GA'],
      date: '2020-05',
      authors: ['Alice Smith', 'Bob Jones'],
    });
    expect(tsv.problems.map((p) => [p.line, p.action, p.message])).toEqual([
      [6, 'noted', '"Physics" is not an arXiv category; ignored.'],
      [7, 'noted', 'Date "sometime" not understood.'],
    ]);
  });

  it('splits author lists in their common shapes', () => {
    expect(splitAuthorList('Phillips J.C., Braun R., Kalé L.').names).toEqual([
      'J. C. Phillips',
      'R. Braun',
      'L. Kalé',
    ]);
    expect(splitAuthorList('Phillips J.C.; Braun R.').names).toEqual(['J. C. Phillips', 'R. Braun']);
    expect(splitAuthorList('Smith, Alice; Jones, B.').names).toEqual(['Alice Smith', 'B. Jones']);
    expect(splitAuthorList('Alice Smith, Bob Jones and Carol White').names).toEqual([
      'Alice Smith',
      'Bob Jones',
      'Carol White',
    ]);
    expect(splitAuthorList('Murata, T.').names).toEqual(['T. Murata']);
    expect(splitAuthorList('[No author name available]').names).toEqual([]);
  });

  it('refuses an empty file; detects CSV and TSV but not JSON or BibTeX', () => {
    expect(parse('\uFEFF \r\n').problems[0]).toMatchObject({
      action: 'refused',
      message: 'The file is empty.',
    });
    expect(looksLikeCsv('Title,Authors\n')).toBe(true);
    expect(looksLikeCsv('Title\tYear\n')).toBe(true);
    expect(looksLikeCsv('[{"title": "x"}]')).toBe(false);
    expect(looksLikeCsv('@article{x, title={y}}')).toBe(false);
  });
});

describe('CSV: robustness', () => {
  it('never throws on arbitrary text or shuffled CSV tokens', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => void parse(s)),
      { numRuns: 300 },
    );
    const tokens = [
      'Title',
      'Authors',
      'Year',
      ',',
      '\t',
      '"',
      '""',
      '\n',
      '\r\n',
      'x',
      '2020',
      'cs.LG',
      ';',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 80 }), (parts) => {
        const r = parse(parts.join(''));
        expect(r.problems.every((p) => (p.line ?? 0) >= 1)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    [
      'one long line',
      (n: number) => `Title,Authors\n"${'a,'.repeat(n / 2)}",${'X Y., '.repeat(n / 10)}\n`,
      100_000,
    ],
    ['quotes', (n: number) => `Title\n${'"'.repeat(n)}\n`, 100_000],
    ['spaces in an author cell', (n: number) => `Title,Authors\nT,"a${' '.repeat(n)}b et al."\n`, 100_000],
    [
      'many rows with quoted newlines',
      (n: number) => `Title,Year\n${'"a\nb",2020\n'.repeat(n / 12)}`,
      24_000,
    ],
  ])('stays roughly linear on %s', (_name, make, n) => {
    expect(growthExponent(parse, make, n)).toBeLessThan(1.7);
  });
});
