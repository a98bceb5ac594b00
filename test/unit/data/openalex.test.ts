import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeOpenAlex, parseOpenAlex, parseOpenAlexValue } from '../../../src/lib/data/openalex';
import { growthExponent } from '../helpers/time-ratio';
import { realText } from '../../helpers/real-fixtures';

const real = realText;
const options = { file: 'works.json', asOf: '2026-11-30' };
const parse = (text: string) => parseOpenAlex(text, options);

describe('OpenAlex /works page (50 works, cursor paging)', () => {
  const text = real('openalex_works_list_50_cursor.json');
  const r = parse(text);

  it('reads all 50 works and notes the one without authorships', () => {
    expect(r.format).toBe('openalex');
    expect(r.records).toBe(50);
    expect(r.papers).toHaveLength(50);
    expect(r.profile).toBeUndefined();
    expect(r.problems).toEqual([
      {
        file: 'works.json',
        record: 14,
        message: '"Global Economic Prospects 2007" lists no authors; kept without them.',
        code: 'no-authors',
        action: 'noted',
      },
    ]);
    expect(r.papers[13]).toMatchObject({ title: 'Global Economic Prospects 2007', authors: [] });
  });

  it('reads title, day date, authors in order, DOI without its resolver, venue and source', () => {
    const p = r.papers[0];
    expect(p.title).toBe('Governance Matters IV : Governance Indicators For 1996-2004');
    expect(p).toMatchObject({ date: '2005-06-15', precision: 'day', year: 2005 });
    expect(p.authors).toEqual(['Daniel Kaufmann', 'Aart Kraay', 'Massimo Mastruzzi']);
    expect(p.id).toBe('doi:10.1596/1813-9450-3630');
    expect(p.links.doi).toBe('10.1596/1813-9450-3630');
    expect(p.venue).toBe('World Bank policy research working paper');
    expect(p.source).toEqual({ file: 'works.json', record: 1 });
  });

  it('keeps a corporate author as written', () => {
    expect(r.papers[1]).toMatchObject({ title: 'World Development Report 1992', authors: ['World Bank'] });
  });

  it('uses topics as openalex: categories, the primary topic first', () => {
    expect(r.papers[0].categories).toEqual([
      'openalex:Corruption and Economic Development',
      'openalex:Economic Growth and Development',
      'openalex:Natural Resources and Economic Development',
    ]);
    expect(r.papers.every((p) => p.categories.length > 0)).toBe(true);
  });

  it('rebuilds abstracts from the inverted index, in word order', () => {
    expect(r.papers[0].abstract.startsWith('No AccessPolicy Research Working Papers21 Jun')).toBe(true);
    expect(r.papers.filter((p) => p.abstract === '')).toHaveLength(1);
  });

  it('gives the same papers from the decoded value', () => {
    expect(parseOpenAlexValue(JSON.parse(text), options)).toEqual(r);
    expect(looksLikeOpenAlex(text)).toBe(true);
  });
});

describe('OpenAlex, other shapes', () => {
  it('reads an empty last page as 0 papers with a clear note', () => {
    const r = parse(real('openalex_works_list_empty_last_page.json'));
    expect(r.papers).toEqual([]);
    expect(r.records).toBe(0);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ record: 1, action: 'noted' });
    expect(r.problems[0].message).toMatch(/empty although the query matched 50 works/);
  });

  it('reads one work with an arXiv location and only a publication year', () => {
    const work = {
      id: 'https://openalex.org/W1',
      title: 'A  paper',
      publication_year: 2021,
      doi: 'https://doi.org/10.48550/ARXIV.2101.00001',
      authorships: [{ author: { display_name: 'Ann Lee' } }, { raw_author_name: 'Bo Wu' }],
    };
    const r = parseOpenAlexValue(work, options);
    expect(r.papers[0]).toMatchObject({
      title: 'A paper',
      date: '2021',
      precision: 'year',
      authors: ['Ann Lee', 'Bo Wu'],
      id: 'arxiv:2101.00001',
    });
    const viaLocation = parseOpenAlexValue(
      [{ ...work, doi: null, locations: [{ landing_page_url: 'https://arxiv.org/abs/2101.00002v2' }] }],
      options,
    );
    expect(viaLocation.papers[0].links.arxiv).toBe('2101.00002');
  });

  it('reads an /authors entity as the profile, with no papers', () => {
    const author = {
      id: 'https://openalex.org/A5023888391',
      display_name: 'Jason Priem',
      works_count: 53,
      cited_by_count: 1234,
      summary_stats: { h_index: 14, i10_index: 17 },
      topics: [{ display_name: 'Scholarly Communication' }],
    };
    const r = parse(JSON.stringify(author));
    expect(r.papers).toEqual([]);
    expect(r.problems).toEqual([]);
    expect(r.profile).toEqual({
      name: 'Jason Priem',
      metrics: [
        { label: 'Works', value: 53, unit: '' },
        { label: 'Citations', value: 1234, unit: '' },
        { label: 'h-index', value: 14, unit: '' },
        { label: 'i10-index', value: 17, unit: '' },
      ],
      asOf: '2026-11-30',
      declaredPapers: 53,
      mainCategory: 'openalex:Scholarly Communication',
    });
  });

  it('skips works that are not objects or have no title, by record', () => {
    const r = parse(
      '{"results": [null, {"id": "https://openalex.org/W2"}, {"title": "T", "authorships": []}]}',
    );
    expect(r.papers.map((p) => p.title)).toEqual(['T']);
    expect(r.problems.map((p) => [p.record, p.action])).toEqual([
      [1, 'skipped'],
      [2, 'skipped'],
      [3, 'noted'],
    ]);
  });

  it('refuses broken JSON with a line, and JSON of another shape', () => {
    const broken = parse('{"results": [\n{"title": "T"},\n]}');
    expect(broken.problems[0]).toMatchObject({ line: 3, action: 'refused' });
    expect(parse('{"hello": 1}').problems[0].message).toMatch(/Not an OpenAlex response/);
    expect(looksLikeOpenAlex('{"paperId": "x"}')).toBe(false);
  });
});

describe('OpenAlex, robustness', () => {
  it('never throws on arbitrary text or JSON', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => void parse(s)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (v) => void parseOpenAlexValue(v, options)),
      { numRuns: 300 },
    );
    const work = fc.record({
      title: fc.jsonValue(),
      authorships: fc.oneof(fc.jsonValue(), fc.array(fc.record({ author: fc.jsonValue() }))),
      abstract_inverted_index: fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.array(fc.integer()))),
      publication_date: fc.jsonValue(),
      primary_location: fc.jsonValue(),
      topics: fc.jsonValue(),
    });
    fc.assert(
      fc.property(fc.array(work), (results) => void parseOpenAlexValue({ results }, options)),
      {
        numRuns: 300,
      },
    );
  });

  it('takes time roughly linear in the input on adversarial shapes', () => {
    const shapes: ((n: number) => string)[] = [
      (n) => '['.repeat(n) + ']'.repeat(n),
      (n) => '[1,\n'.repeat(n) + 'x]',
      (n) => JSON.stringify({ results: [{ title: 'x '.repeat(n), abstract_inverted_index: { w: [1e9] } }] }),
      (n) => JSON.stringify({ results: Array.from({ length: n / 10 }, (_, i) => ({ title: `t${i}` })) }),
      (n) => {
        const index: Record<string, number[]> = {};
        for (let i = 0; i < n / 4; i++) index[`w${i}`] = [n - i];
        return JSON.stringify({ title: 't', authorships: [], abstract_inverted_index: index });
      },
    ];
    shapes.forEach((shape, i) =>
      expect(growthExponent(parse, shape, 20_000), `shape ${i}`).toBeLessThan(1.7),
    );
  });
});
