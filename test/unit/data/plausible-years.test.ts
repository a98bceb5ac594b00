import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serialiseCollection } from '../../../src/lib/data/app-json';
import { parseBibtex } from '../../../src/lib/data/bibtex';
import { makePaper, type ParseOptions, type ParseResult } from '../../../src/lib/data/paper';
import { parseText, type FormatId } from '../../../src/lib/data/parse-text';
import { parseLooseDate } from '../../../src/lib/data/partial-date';
import { plausibleYears, undateImplausible } from '../../../src/lib/data/plausible-year';

const AS_OF = '2026-11-26';
const own = (name: string) => readFileSync(new URL(`../../fixtures/bibtex/${name}`, import.meta.url), 'utf8');

describe('EDTF and other dates as BibLaTeX and RIS write them', () => {
  it.each([
    ['-3000~', '-3000', -3000],
    ['1984?', '1984', 1984],
    ['1984~', '1984', 1984],
    ['1984%', '1984', 1984],
    ['198X', '1980', 1980],
    ['19XX', '1900', 1900],
    ['2004-06-XX', '2004-06', 2004],
    ['2004-06~', '2004-06', 2004],
    ['1984/1986', '1984', 1984],
    ['../2000', '2000', 2000],
    ['/1986', '1986', 1986],
    ['2000/..', '2000', 2000],
    ['2020-05/..', '2020-05', 2020],
    ['2020/05/17/', '2020-05-17', 2020],
    ['2020/05', '2020-05', 2020],
    ['3000 BC', '-3000', -3000],
    ['circa 1984', '1984', 1984],
  ])('%s → %s', (text, date, year) => {
    expect(parseLooseDate(text)).toMatchObject({ date, year });
  });
});

describe('a .bib with year = {6}, date = {-3000~} and EDTF dates (test/fixtures/bibtex/impossible-years.bib)', () => {
  const r = parseBibtex(own('impossible-years.bib'), { file: 'years.bib', asOf: AS_OF });
  const year = (key: string) => r.papers.find((p) => p.title.startsWith(key))?.year;

  it('keeps every entry, and leaves the impossible years undated with their lines', () => {
    expect(r.papers).toHaveLength(9);
    expect(r.problems).toEqual(
      [
        [2, 'The year 6'],
        [8, 'The year -3000 (BC)'],
        [13, 'The year 2099'],
      ].map(([line, what]) => ({
        file: 'years.bib',
        line,
        message: `${what} is not a plausible publication year (1600–2027); the paper is kept without a date.`,
        action: 'repaired',
        code: 'implausible-year',
      })),
    );
    for (const title of ['A year that lost', 'Clay tablets', 'Written far ahead']) {
      expect(r.papers.find((p) => p.title.startsWith(title))).toMatchObject({ date: null, year: null });
    }
  });

  it('reads approximate, unspecified and ranged EDTF dates by their first year', () => {
    expect(year('Approximately')).toBe(1984);
    expect(year('Some year in the nineteen-nineties')).toBe(1990);
    expect(year('A three-year study')).toBe(2014);
    expect(year('Everything up to 2000')).toBe(2000);
    expect(year('From 2020 onwards')).toBe(2020);
    expect(year('Accepted for next year')).toBe(2027);
  });

  it('no year of the collection is before 1600 or after the as-of year + 1', () => {
    const years = r.papers.flatMap((p) => (p.year === null ? [] : [p.year]));
    expect(Math.min(...years)).toBe(1984);
    expect(Math.max(...years)).toBe(2027);
  });
});

/** One record per format whose year is implausible: each parser must report it the same way. */
const orcidWork = {
  group: [
    {
      'work-summary': [
        {
          title: { title: { value: 'T' } },
          'external-ids': { 'external-id': [] },
          'publication-date': { year: { value: '0006' }, month: null, day: null },
        },
      ],
    },
  ],
};
const CASES: [FormatId, string, { line?: number; record?: number }][] = [
  ['bibtex', '@article{a, title = {T}, year = {6}}\n', { line: 1 }],
  ['ris', 'TY  - JOUR\nTI  - T\nPY  - 0006\nER  - \n', { line: 1 }],
  ['csl-json', '[{"type": "article-journal", "title": "T", "issued": {"date-parts": [[6]]}}]', { record: 1 }],
  ['csv', 'Title,Year\nT,6\n', { line: 2 }],
  [
    'arxiv-atom',
    '<feed xmlns="http://www.w3.org/2005/Atom">\n<entry><id>http://arxiv.org/abs/0704.0001v1</id><title>T</title><published>3007-04-02T00:00:00Z</published></entry>\n</feed>\n',
    { line: 2 },
  ],
  [
    'arxiv-jsonl',
    '{"id": "0704.0001", "title": "T", "authors": "A. B", "categories": "hep-ph", "versions": [{"created": "Mon, 2 Apr 3007 19:18:42 GMT"}]}\n',
    { line: 1 },
  ],
  [
    'openalex',
    '{"meta": {}, "results": [{"id": "https://openalex.org/W1", "title": "T", "publication_year": 6}]}',
    { record: 1 },
  ],
  ['semantic-scholar', '[{"paperId": "p1", "title": "T", "year": 6, "authors": []}]', { record: 1 }],
  ['orcid', JSON.stringify(orcidWork), { record: 1 }],
  [
    'app-json',
    serialiseCollection({
      profile: null,
      papers: [makePaper({ title: 'T', date: '0006', source: { file: 'x' } })],
    }),
    { record: 1 },
  ],
  ['profile-text', 'Ann Lee\n\nGAApr 19, 1492\nT\n\nAnn Lee, Bo Wu\n\nAn abstract.\n', { line: 3 }],
];

describe('every parser reports an implausible year the same way and leaves the paper undated', () => {
  it.each(CASES)('%s', async (format, text, where) => {
    const options: ParseOptions & { format: FormatId } = { file: 'in', asOf: AS_OF, format };
    const r: ParseResult = await parseText(text, options);
    expect(r.format).toBe(format);
    expect(r.papers).toHaveLength(1);
    expect(r.papers[0]).toMatchObject({ date: null, year: null, precision: null });
    const found = r.problems.filter((p) => p.code === 'implausible-year');
    expect(found).toEqual([expect.objectContaining({ file: 'in', ...where, action: 'repaired' })]);
    expect(found[0].message).toMatch(
      /^The year (6|1492|3007) is not a plausible publication year \(1600–2027\)/,
    );
  });
});

describe('plausibleYears and undateImplausible', () => {
  it('run from 1600 to the year after the as-of date', () => {
    expect(plausibleYears('2026-11-26')).toEqual({ first: 1600, last: 2027 });
  });

  it('gives a title-and-year id again without the year, and does not modify its input', () => {
    const paper = makePaper({ title: 'T', year: 6, date: '0006', source: { file: 'f', line: 3 } });
    const frozen = structuredClone(paper);
    const undated = undateImplausible(paper, plausibleYears(AS_OF), () => {});
    expect(undated.id).toBe(makePaper({ title: 'T', source: { file: 'f' } }).id);
    expect(paper).toEqual(frozen);
  });
});
