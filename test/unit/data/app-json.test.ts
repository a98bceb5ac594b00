import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeAppJson, parseAppJson, serialiseCollection } from '../../../src/lib/data/app-json';
import { parseArxivAtom } from '../../../src/lib/data/arxiv-atom';
import { readJson } from '../../../src/lib/data/json-helpers';
import { makePaper, type Paper, type Profile } from '../../../src/lib/data/paper';
import { parseProfileText } from '../../../src/lib/data/profile-text';
import { parseSemanticScholar } from '../../../src/lib/data/semantic-scholar';
import { growthExponent } from '../helpers/time-ratio';
import { realText } from '../../helpers/real-fixtures';

const parse = (text: string) => parseAppJson(text, { file: 'export.json' });
const real = realText;

const profile: Profile = {
  name: 'Roberta Răileanu',
  metrics: [{ label: 'Novelty', value: 37, unit: '%' }],
  asOf: '2026-11-30',
  declaredPapers: 2,
  mainCategory: 'cs.LG',
};
const papers: Paper[] = [
  makePaper({
    title: 'A “quoted” title with\nnewline',
    date: '2022-04',
    categories: ['cs.LG', 's2:Computer Science'],
    guessedCategories: ['cs.LG'],
    authors: ['Ann Lee', 'Bo Wu'],
    authorsTruncated: true,
    yearInferred: true,
    hasCode: true,
    links: { arxiv: '2204.00001', code: 'https://github.com/a/b' },
    source: { file: 'p.txt', line: 12 },
  }),
  makePaper({ title: 'Undated', source: { file: 'w.json', record: 3 } }),
];

describe('app JSON export', () => {
  it('round-trips a collection exactly', () => {
    const text = serialiseCollection({ profile, papers });
    const r = parse(text);
    expect(r).toEqual({ format: 'app-json', papers, problems: [], records: 2, profile });
    expect(serialiseCollection({ profile: r.profile, papers: r.papers })).toBe(text);
  });

  it('writes a tagged header and one paper per line', () => {
    const lines = serialiseCollection({ papers }).split('\n');
    expect(lines[0]).toBe('{"format":"research-trends-dashboard","version":1,"profile":null,"papers":[');
    expect(lines).toHaveLength(5);
    expect(JSON.parse(lines[1].replace(/,$/, '')).title).toBe(papers[0].title);
    expect(serialiseCollection({ papers: [] })).toBe(
      '{"format":"research-trends-dashboard","version":1,"profile":null,"papers":[]}\n',
    );
  });

  it('round-trips what the other parsers produce', () => {
    const sources = [
      parseProfileText(readFileSync(new URL('../../../data/profile-walmsley.txt', import.meta.url), 'utf8'), {
        file: 'p.txt',
        asOf: '2026-11-26',
      }),
      parseArxivAtom(real('arxiv_atom_search_testing_100.xml'), { file: 'a.xml' }),
      parseSemanticScholar(real('s2_author_with_papers_turing.json'), { file: 's.json', asOf: '2026-11-30' }),
    ];
    for (const s of sources) {
      const back = parse(serialiseCollection(s));
      expect(back.papers).toEqual(s.papers);
      expect(back.profile).toEqual(s.profile);
    }
  });

  it('reports papers of the wrong shape by record and keeps the others', () => {
    const doc = JSON.parse(serialiseCollection({ papers }));
    doc.papers.splice(1, 0, { ...doc.papers[0], date: '22 April' }, null, {
      ...doc.papers[0],
      authors: 'Ann',
    });
    const r = parse(JSON.stringify(doc));
    expect(r.records).toBe(5);
    expect(r.papers).toEqual(papers);
    expect(r.problems.map((p) => [p.record, p.action, p.message])).toEqual([
      [2, 'skipped', 'Paper 2 has a date that is not YYYY, YYYY-MM or YYYY-MM-DD; skipped.'],
      [3, 'skipped', 'Paper 3 is not an object; skipped.'],
      [4, 'skipped', 'Paper 4 has no list of texts "authors"; skipped.'],
    ]);
  });

  it('lists at most 1000 bad papers and counts the rest', () => {
    const head = '{"format":"research-trends-dashboard","version":1,"profile":null,"papers":[';
    const r = parse(head + '{},'.repeat(1500) + '{}]}');
    expect(r.records).toBe(1501);
    expect(r.problems).toHaveLength(1001);
    expect(r.problems[1000]).toMatchObject({
      record: 1501,
      message: '501 more papers of the wrong shape were skipped and not listed.',
    });
  });

  it('drops a malformed profile with a problem, and notes another version', () => {
    const r = parse('{"format":"research-trends-dashboard","version":2,"profile":{"name":3},"papers":[]}');
    expect(r.profile).toBeUndefined();
    expect(r.problems.map((p) => p.action)).toEqual(['noted', 'skipped']);
  });

  it('refuses other JSON, broken JSON (with its line) and empty files', () => {
    expect(parse('{"papers": []}').problems[0].message).toMatch(/Not a research-trends-dashboard export/);
    expect(parse('{"format":"research-trends-dashboard",\n"papers": [\n}').problems[0]).toMatchObject({
      line: 3,
      action: 'refused',
    });
    expect(parse('').problems[0].message).toBe('The file is empty.');
  });

  it('is recognised', () => {
    expect(looksLikeAppJson(serialiseCollection({ papers }))).toBe(true);
    expect(looksLikeAppJson('{\n  "papers": [],\n  "format": "research-trends-dashboard"\n}')).toBe(true);
    expect(looksLikeAppJson('{"format": "csl"}')).toBe(false);
  });

  it('locates JSON errors by line whatever the engine says', () => {
    const at = (text: string) => {
      const r = readJson(text, 'x.json');
      return 'problem' in r ? r.problem.line : 0;
    };
    expect(at('[1,\n2,\n]')).toBe(3);
    expect(at('{"a": 1,\n"b": x}')).toBe(2);
    expect(at('[1,\n2')).toBe(2);
    expect(at('{"a":1}\n\nx')).toBe(3);
  });
});

describe('app JSON, robustness', () => {
  it('never throws on arbitrary text or JSON', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => void parse(s)),
      { numRuns: 300 },
    );
    const doc = fc.record({
      format: fc.constant('research-trends-dashboard'),
      version: fc.jsonValue(),
      profile: fc.jsonValue(),
      papers: fc.array(
        fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom(...Object.keys(papers[0])), fc.jsonValue())),
      ),
    });
    fc.assert(
      fc.property(doc, (d) => void parse(JSON.stringify(d))),
      { numRuns: 300 },
    );
  });

  it('round-trips arbitrary valid papers', () => {
    const paper = fc
      .record({
        title: fc.string({ minLength: 1 }),
        authors: fc.array(fc.string()),
        categories: fc.array(fc.string()),
        abstract: fc.string(),
        date: fc.constantFrom(null, '2020', '2020-02', '2020-02-29'),
        hasCode: fc.boolean(),
        links: fc.record({ doi: fc.string(), url: fc.string() }, { requiredKeys: [] }),
        record: fc.nat(),
      })
      .map(({ record, ...p }) => makePaper({ ...p, source: { file: 'f', record } }));
    fc.assert(
      fc.property(fc.array(paper, { maxLength: 5 }), (ps) => {
        expect(parse(serialiseCollection({ papers: ps })).papers).toEqual(ps);
      }),
      { numRuns: 200 },
    );
  });

  it('takes time roughly linear in the input on adversarial shapes', () => {
    const head = '{"format":"research-trends-dashboard","version":1,"profile":null,"papers":';
    const shapes: ((n: number) => string)[] = [
      (n) => head + '['.repeat(n) + ']'.repeat(n) + '}',
      (n) => serialiseCollection({ papers: Array.from({ length: n / 100 }, () => papers[0]) }),
      (n) => head + '[' + '{"title":"x"},'.repeat(n / 10) + '1]}',
      (n) => '[1,\n'.repeat(n) + 'x]',
    ];
    shapes.forEach((shape, i) =>
      expect(growthExponent(parse, shape, 20_000), `shape ${i}`).toBeLessThan(1.7),
    );
  });
});
