import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeCslJson, parseCslJson, parseCslJsonValue } from '../../../src/lib/data/csl-json';
import { growthExponent } from '../helpers/time-ratio';
import { realText } from '../../helpers/real-fixtures';

const real = realText;
const own = (name: string) =>
  readFileSync(new URL(`../../fixtures/csl-json/${name}`, import.meta.url), 'utf8');
const parse = (text: string, file = 'refs.json') => parseCslJson(text, { file, asOf: '2026-11-26' });

describe('CSL-JSON: Better BibTeX date edge cases', () => {
  const r = parse(real('csljson_date_edgecases_bbt.json'), 'dates.json');

  it('reads all 7 items; the two BC years are reported by record', () => {
    expect(r.format).toBe('csl-json');
    expect(r.records).toBe(7);
    expect(r.papers).toHaveLength(7);
    expect(r.problems.map((p) => [p.record, p.code, p.message.split(' is ')[0]])).toEqual([
      [5, 'implausible-year', 'The year -334 (BC)'],
      [6, 'implausible-year', 'The year -100 (BC)'],
    ]);
    expect(r.papers.map((p) => p.source)).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((record) => ({ file: 'dates.json', record })),
    );
  });

  it('takes the start of closed and open ranges, and leaves BC years undated', () => {
    expect(r.papers.map((p) => [p.date, p.precision, p.year])).toEqual([
      ['2014-12-31', 'day', 2014],
      [null, null, null],
      ['2014-12-31', 'day', 2014],
      ['2014-12-31', 'day', 2014],
      [null, null, null],
      [null, null, null],
      ['1985', 'year', 1985],
    ]);
  });

  it('reads family/given names and the container title', () => {
    expect(r.papers[6]).toMatchObject({ authors: ['Janet Staiger'], venue: 'Cinema Journal' });
    expect(r.papers[6].links.url).toBe('http://www.jstor.org/stable/1225428');
  });
});

describe('CSL-JSON: Crossref item with 36 authors', () => {
  const r = parse(real('csljson_crossref_deep_review_36_authors.json'));

  it('reads the one item with its authors in order, DOI id and month precision', () => {
    expect(r.records).toBe(1);
    const p = r.papers[0];
    expect(p.id).toBe('doi:10.1098/rsif.2017.0387');
    expect(p.authors).toHaveLength(36);
    expect(p.authors.slice(0, 2)).toEqual(['Travers Ching', 'Daniel S. Himmelstein']);
    expect(p).toMatchObject({
      date: '2018-04',
      precision: 'month',
      venue: 'Journal of The Royal Society Interface',
    });
    expect(p.categories).toEqual([]);
  });
});

describe('CSL-JSON: Zotero and Pandoc forms', () => {
  const r = parse(own('zotero-pandoc.json'), 'z.json');
  const byId = (record: number) => r.papers.find((p) => p.source.record === record)!;

  it('reads 9 records, skipping a non-object and an untitled one, each problem naming its record', () => {
    expect(r.records).toBe(9);
    expect(r.papers).toHaveLength(7);
    expect(r.problems.map((p) => [p.record, p.action])).toEqual([
      [6, 'noted'],
      [7, 'skipped'],
      [8, 'skipped'],
    ]);
    expect(r.problems.every((p) => p.line === undefined && p.file === 'z.json')).toBe(true);
  });

  it('finds arXiv ids in number, note and URL, with the category arXiv prints', () => {
    expect(byId(1)).toMatchObject({ id: 'arxiv:2103.00020', categories: ['cs.CV'], date: '2021-02-26' });
    expect(byId(9)).toMatchObject({ id: 'arxiv:hep-th/9901001', categories: ['hep-th'], year: 1999 });
  });

  it('reads literal names, particles, suffixes and "others"', () => {
    expect(byId(1)).toMatchObject({ authors: ['Alec Radford', 'Jong Wook Kim'], authorsTruncated: true });
    expect(byId(2).authors).toEqual(['ATLAS Collaboration']);
    expect(byId(3).authors).toEqual(['Bart van Heck', 'Martin King Jr.']);
  });

  it('reads ranges, seasons, raw and literal dates', () => {
    expect(byId(2)).toMatchObject({ date: '2012', precision: 'year' });
    expect(byId(3)).toMatchObject({ date: '2019', precision: 'year' });
    expect(byId(4)).toMatchObject({ date: '2018-05-03', precision: 'day' });
    expect(byId(5)).toMatchObject({ date: '2017', precision: 'year' });
    expect(byId(6).date).toBeNull();
  });

  it('strips markup from titles and abstracts and cleans DOIs', () => {
    expect(byId(2).title).toBe(
      'Observation of a new particle in the search for the Standard Model Higgs boson',
    );
    expect(byId(2).abstract).toBe('A search for the Standard Model Higgs boson & friends.');
    expect(byId(2).links.doi).toBe('10.1016/j.physletb.2012.08.020');
  });
});

describe('CSL-JSON: envelopes and errors', () => {
  it('reads a single item, a Crossref envelope and already-parsed values', () => {
    expect(parse('{"title": "One", "type": "book", "issued": {"date-parts": [[2001]]}}').papers[0].year).toBe(
      2001,
    );
    const envelope = { status: 'ok', message: { items: [{ title: ['A'] }, { title: ['B'] }] } };
    expect(parseCslJsonValue(envelope, { file: 'x' }).papers.map((p) => p.title)).toEqual(['A', 'B']);
  });

  it('refuses invalid JSON with the line of the error', () => {
    const r = parse('[\n  {"title": "A"},\n  {"title": }\n]');
    expect(r.papers).toEqual([]);
    expect(r.problems[0]).toMatchObject({ line: 3, action: 'refused' });
    expect(r.problems[0].message).toMatch(/^Not valid JSON/);
  });

  it('refuses JSON that is not CSL', () => {
    const r = parse('{"meta": {"count": 0}, "results": []}');
    expect(r.problems[0]).toMatchObject({ record: 1, action: 'refused' });
    expect(parse('').problems[0].message).toBe('The file is empty.');
  });

  it('detects CSL-JSON but not other APIs', () => {
    expect(looksLikeCslJson(real('csljson_date_edgecases_bbt.json'))).toBe(true);
    expect(looksLikeCslJson(real('openalex_works_list_50_cursor.json'))).toBe(false);
    expect(looksLikeCslJson(real('s2_author_with_papers_turing.json'))).toBe(false);
    expect(looksLikeCslJson('@article{x,')).toBe(false);
  });
});

describe('CSL-JSON: robustness', () => {
  it('never throws on arbitrary text or arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => void parse(s)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        parseCslJsonValue(v, { file: 'x' });
        parseCslJsonValue([v, { title: v, author: v, issued: v, DOI: v, URL: v, note: v }], { file: 'x' });
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    [
      'a long title',
      (n: number) => JSON.stringify([{ title: '"{'.repeat(n), abstract: '<p>'.repeat(n) }]),
      100_000,
    ],
    ['quotes', (n: number) => '"'.repeat(n), 100_000],
    [
      'unclosed tags',
      (n: number) => JSON.stringify([{ title: '<'.repeat(n), abstract: '<a'.repeat(n / 2) }]),
      100_000,
    ],
    ['nested arrays', (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`, 10_000],
  ])('stays roughly linear on %s', (_name, make, n) => {
    expect(growthExponent(parse, make, n)).toBeLessThan(1.7);
  });
});

describe('CSL-JSON titles: rich-text tags are formatting, other angle brackets are text', () => {
  const r = parse(own('angle-bracket-titles.json'), 'angle.json');

  it('keeps a title that looks like an HTML tag, exactly, instead of skipping it as untitled', () => {
    expect(r.problems).toEqual([]);
    expect(r.papers).toHaveLength(6);
    expect(r.papers[0].title).toBe('<img src=x onerror=alert(1)>');
    expect(r.papers[4].title).toBe("<script>alert('x')</script>");
  });

  it('drops CSL’s <i> <b> <sup> <sub> and its nocase and small-caps spans, keeping their text', () => {
    expect(r.papers[1].title).toBe('H2O and CO2 uptake in Escherichia coli at 105 K');
    expect(r.papers[2].title).toBe('The iPhone and Unix: a <span>span</span> of years');
  });

  it('keeps comparison signs and C++ templates; drops Crossref’s <scp> and JATS markup', () => {
    expect(r.papers[3].title).toBe('When a < b and c > d: <T> generics in C++ <vector>');
    expect(r.papers[5].title).toBe('Lensing by galaxies');
    expect(r.papers[5].abstract).toBe('Abstract We measure H0.');
  });
});
