import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeSemanticScholar, parseSemanticScholar } from '../../../src/lib/data/semantic-scholar';
import { growthExponent } from '../helpers/time-ratio';
import { realText } from '../../helpers/real-fixtures';
import { assertNeverThrowsOnTextOrJson } from '../../helpers/never-throws';

const real = realText;
const parse = (text: string) => parseSemanticScholar(text, { file: 's2.json', asOf: '2026-11-30' });

describe('Semantic Scholar author with papers (Turing)', () => {
  const text = real('s2_author_with_papers_turing.json');
  const r = parse(text);

  it('reads the author as the profile and all 60 papers', () => {
    expect(r.format).toBe('semantic-scholar');
    expect(r.records).toBe(60);
    expect(r.papers).toHaveLength(60);
    expect(r.profile).toEqual({
      name: 'A. Turing',
      metrics: [
        { label: 'Papers', value: 60, unit: '' },
        { label: 'Citations', value: 12415, unit: '' },
        { label: 'h-index', value: 23, unit: '' },
      ],
      asOf: '2026-11-30',
      declaredPapers: 60,
      mainCategory: null,
    });
  });

  it('keeps the paper without year or date, and says so', () => {
    expect(r.problems).toEqual([
      {
        file: 's2.json',
        record: 60,
        message:
          '"Computing Machinery and Intelligence 1. the Imitation Game" has no year or date; kept without a date.',
        code: 'no-date',
        action: 'noted',
      },
    ]);
    expect(r.papers[59]).toMatchObject({ date: null, year: null, precision: null });
  });

  it('uses publicationDate when there is one, else the year', () => {
    expect(r.papers[0]).toMatchObject({ date: '2022', precision: 'year', year: 2022 });
    expect(r.papers[1]).toMatchObject({ date: '2012-12-31', precision: 'day' });
    expect(r.papers.filter((p) => p.precision === 'day')).toHaveLength(33);
  });

  it('reads DOIs, venues, abbreviated author names in order', () => {
    const p = r.papers.find((x) => x.title === 'Computing Machinery and Intelligence')!;
    expect(p).toMatchObject({
      id: 'doi:10.1093/mind/lix.236.433',
      date: '1950-10-01',
      authors: ['A. Turing'],
    });
    const many = r.papers.find((x) => x.title.startsWith('Review of two collections'))!;
    expect(many.authors).toHaveLength(5);
    expect(many.venue).toBe('Cryptologia');
  });

  it('turns fields of study into s2: categories, external ones first, without repeats', () => {
    expect(r.papers[1].categories).toEqual(['s2:Computer Science', 's2:Mathematics']);
    expect(r.papers[0].categories).toEqual(['s2:Art']);
    expect(r.papers.filter((p) => p.categories.length === 0)).toHaveLength(3);
  });

  it('is recognised', () => {
    expect(looksLikeSemanticScholar(text)).toBe(true);
    expect(looksLikeSemanticScholar('{"meta": {}, "results": []}')).toBe(false);
  });
});

describe('Semantic Scholar, other shapes', () => {
  it('reads a batch, skipping and counting null entries by record', () => {
    const batch = [
      { paperId: 'a', title: 'One', year: 2020, externalIds: { ArXiv: '2001.00001', DOI: '10.1/x' } },
      null,
      { paperId: 'b', title: 'Two', year: null, publicationDate: null, fieldsOfStudy: null, authors: [null] },
      null,
    ];
    const r = parse(JSON.stringify(batch));
    expect(r.records).toBe(4);
    expect(r.papers.map((p) => p.title)).toEqual(['One', 'Two']);
    expect(r.papers[0].id).toBe('arxiv:2001.00001');
    expect(r.papers[0].links).toMatchObject({ arxiv: '2001.00001', doi: '10.1/x' });
    expect(r.problems.map((p) => [p.record, p.action])).toEqual([
      [2, 'skipped'],
      [3, 'noted'],
      [4, 'skipped'],
    ]);
    expect(r.problems[0]).toMatchObject({ record: 2, message: expect.stringMatching(/^null: no paper/) });
  });

  it('reads a paged list of papers and a single paper', () => {
    const paged = parse('{"offset": 0, "next": 1, "data": [{"paperId": "a", "title": "P", "year": 2001}]}');
    expect(paged.papers.map((p) => p.date)).toEqual(['2001']);
    const one = parse('{"paperId": "a", "title": "Solo", "publicationDate": "2019-05-04"}');
    expect(one.papers[0]).toMatchObject({ title: 'Solo', date: '2019-05-04' });
  });

  it('notes when the author record declares more papers than the file holds', () => {
    const r = parse(
      '{"authorId": "1", "name": "X Y", "paperCount": 3, "papers": [{"title": "A", "year": 2000}]}',
    );
    expect(r.profile?.name).toBe('X Y');
    expect(r.problems[0].message).toMatch(/says 3 papers but 1 were read/);
  });

  it('refuses broken JSON and other shapes', () => {
    expect(parse('[{"title": "x"}').problems[0]).toMatchObject({ action: 'refused' });
    expect(parse('{"hello": 1}').problems[0].message).toMatch(/Not a Semantic Scholar response/);
    expect(parse('').problems[0].message).toMatch(/empty/);
  });
});

describe('Semantic Scholar, robustness', () => {
  it('never throws on arbitrary text or JSON', () => {
    assertNeverThrowsOnTextOrJson(parse);
    const paper = fc.record({
      title: fc.jsonValue(),
      year: fc.jsonValue(),
      publicationDate: fc.jsonValue(),
      externalIds: fc.jsonValue(),
      authors: fc.jsonValue(),
      fieldsOfStudy: fc.jsonValue(),
      s2FieldsOfStudy: fc.jsonValue(),
    });
    const author = fc.record({
      authorId: fc.string(),
      name: fc.jsonValue(),
      papers: fc.array(fc.option(paper)),
    });
    fc.assert(
      fc.property(author, (a) => void parse(JSON.stringify(a))),
      { numRuns: 300 },
    );
  });

  it('takes time roughly linear in the input on adversarial shapes', () => {
    const shapes: ((n: number) => string)[] = [
      (n) => '{"papers":'.repeat(n) + '1' + '}'.repeat(n),
      (n) => JSON.stringify([{ title: 'x\n '.repeat(n), authors: Array(n / 10).fill({ name: 'A B' }) }]),
      (n) => JSON.stringify(Array.from({ length: n / 10 }, (_, i) => (i % 2 ? null : { title: `t${i}` }))),
    ];
    shapes.forEach((shape, i) =>
      expect(growthExponent(parse, shape, 40_000), `shape ${i}`).toBeLessThan(1.7),
    );
  });
});
