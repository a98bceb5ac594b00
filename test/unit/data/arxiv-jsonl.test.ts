import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createArxivJsonlReader,
  looksLikeArxivJsonl,
  parseArxivJsonl,
} from '../../../src/lib/data/arxiv-jsonl';
import { growthExponent } from '../helpers/time-ratio';

const options = { file: 'snapshot.jsonl' };
const parse = (text: string) => parseArxivJsonl(text, options);

// The first record of the Kaggle snapshot, abridged; then hand-made records in the same shape.
const diphoton = {
  id: '0704.0001',
  submitter: 'Pavel Nadolsky',
  authors: "C. Bal\\'azs, E. L. Berger, P. M. Nadolsky, C.-P. Yuan",
  title: 'Calculation of prompt diphoton production cross sections at Tevatron and\n  LHC energies',
  comments: '37 pages, 15 figures; published version',
  'journal-ref': 'Phys.Rev.D76:013009,2007',
  doi: '10.1103/PhysRevD.76.013009',
  'report-no': 'ANL-HEP-PR-07-12',
  categories: 'hep-ph',
  license: null,
  abstract:
    '  A fully differential calculation in perturbative quantum chromodynamics is\npresented for the production of massive photon pairs at hadron colliders.\n',
  versions: [
    { version: 'v1', created: 'Mon, 2 Apr 2007 19:18:42 GMT' },
    { version: 'v2', created: 'Tue, 24 Jul 2007 20:10:27 GMT' },
  ],
  update_date: '2008-11-13',
  authors_parsed: [
    ['Balázs', 'C.', ''],
    ['Berger', 'E. L.', ''],
    ['Nadolsky', 'P. M.', ''],
    ['Yuan', 'C. -P.', ''],
  ],
};
const oldStyle = {
  id: 'hep-th/9901001',
  authors: 'J. Smith Jr and A. N. Other',
  title: 'An old-style identifier',
  categories: 'hep-th math-ph math.MP',
  comments: 'code available at https://github.com/someone/thing',
  abstract: 'Short.',
  versions: [{ version: 'v1', created: 'Fri, 1 Jan 1999 10:00:00 GMT' }],
  update_date: '2009-10-31',
  authors_parsed: [
    ['Smith', 'J.', 'Jr'],
    ['Other', 'A. N.', ''],
  ],
};
const noVersions = {
  id: '1512.00002',
  title: 'No versions',
  categories: 'cs.LG stat.ML',
  authors: 'Ann Lee, Bo Wu',
};
const sample = [
  JSON.stringify(diphoton),
  JSON.stringify(oldStyle),
  '',
  '{"id": "0704.0003", "title": "broken',
  JSON.stringify(noVersions),
  '[1, 2]',
  JSON.stringify({ id: '0704.0004', categories: 'math.CO' }),
].join('\n');

describe('arXiv snapshot JSON Lines', () => {
  const r = parse(sample);

  it('reads good lines and reports bad ones by line number', () => {
    expect(r.format).toBe('arxiv-jsonl');
    expect(r.records).toBe(6);
    expect(r.papers.map((p) => p.id)).toEqual([
      'arxiv:0704.0001',
      'arxiv:hep-th/9901001',
      'arxiv:1512.00002',
    ]);
    expect(r.problems.map((p) => [p.line, p.action, p.message])).toEqual([
      [4, 'skipped', 'Not valid JSON; skipped.'],
      [5, 'repaired', '1512.00002 has no date of its first version; the month 2015-12 was read from the id.'],
      [6, 'skipped', 'Not a JSON object; skipped.'],
      [7, 'skipped', 'No title; skipped.'],
    ]);
  });

  it('reads the date of v1, categories primary first, authors from authors_parsed', () => {
    const p = r.papers[0];
    expect(p).toMatchObject({ date: '2007-04-02', precision: 'day', year: 2007 });
    expect(p.categories).toEqual(['hep-ph']);
    expect(p.authors).toEqual(['C. Balázs', 'E. L. Berger', 'P. M. Nadolsky', 'C. -P. Yuan']);
    expect(p.title).toBe(
      'Calculation of prompt diphoton production cross sections at Tevatron and LHC energies',
    );
    expect(p.abstract).toMatch(
      /^A fully differential calculation in perturbative quantum chromodynamics is presented/,
    );
    expect(p.venue).toBe('Phys.Rev.D76:013009,2007');
    expect(p.links).toEqual({
      arxiv: '0704.0001',
      url: 'https://arxiv.org/abs/0704.0001',
      doi: '10.1103/PhysRevD.76.013009',
    });
    expect(p.source).toEqual({ file: 'snapshot.jsonl', line: 1 });
    expect(p.hasCode).toBe(false);
  });

  it('keeps old-style ids, suffixes, canonical category spelling and code links', () => {
    const p = r.papers[1];
    expect(p).toMatchObject({
      date: '1999-01-01',
      categories: ['hep-th', 'math-ph', 'math.MP'],
      hasCode: true,
    });
    expect(p.authors).toEqual(['J. Smith Jr', 'A. N. Other']);
    expect(p.links.code).toBe('https://github.com/someone/thing');
  });

  it('falls back to the authors string and to the month in the id', () => {
    expect(r.papers[2]).toMatchObject({ date: '2015-12', precision: 'month', authors: ['Ann Lee', 'Bo Wu'] });
  });

  it('is recognised from its first line', () => {
    expect(looksLikeArxivJsonl(sample)).toBe(true);
    expect(looksLikeArxivJsonl('{\n  "id": "x", "categories": "cs.LG"\n}')).toBe(false);
    expect(looksLikeArxivJsonl('{"results": []}')).toBe(false);
  });

  it('refuses an empty file and handles a BOM and CRLF line ends', () => {
    expect(parse('\n\n').problems[0]).toMatchObject({ action: 'refused', message: 'The file is empty.' });
    const crlf = parse(`\uFEFF${JSON.stringify(noVersions)}\r\n${JSON.stringify(diphoton)}\r\n`);
    expect(crlf.papers).toHaveLength(2);
    expect(crlf.problems.map((p) => p.line)).toEqual([1]);
  });

  it('lists at most 1000 problems and counts the rest', () => {
    const many = parse('x\n'.repeat(1500));
    expect(many.records).toBe(1500);
    expect(many.problems).toHaveLength(1001);
    expect(many.problems[1000].message).toBe('500 more problems like these were not listed.');
  });
});

describe('arXiv snapshot, streaming', () => {
  const whole = parse(sample);

  it('gives the same result however the text is cut into chunks', () => {
    const cuts = fc.uniqueArray(fc.integer({ min: 1, max: sample.length - 1 }), { maxLength: 40 });
    fc.assert(
      fc.property(cuts, (at) => {
        const reader = createArxivJsonlReader(options);
        let from = 0;
        for (const to of [...at].sort((a, b) => a - b)) {
          reader.push(sample.slice(from, to));
          from = to;
        }
        reader.push(sample.slice(from));
        expect(reader.end()).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });

  it('reads one character at a time', () => {
    const reader = createArxivJsonlReader(options);
    for (const ch of sample) reader.push(ch);
    expect(reader.end()).toEqual(whole);
  });

  it('reads 10,000 synthetic lines in 64 KiB chunks with line numbers intact', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) =>
      i % 1000 === 999
        ? 'not json'
        : JSON.stringify({ ...diphoton, id: `0704.${String(i).padStart(4, '0')}` }),
    );
    const text = lines.join('\n');
    const reader = createArxivJsonlReader(options);
    for (let i = 0; i < text.length; i += 65536) reader.push(text.slice(i, i + 65536));
    const r = reader.end();
    expect(r.records).toBe(10_000);
    expect(r.papers).toHaveLength(9_990);
    expect(r.problems.map((p) => p.line)).toEqual(Array.from({ length: 10 }, (_, k) => (k + 1) * 1000));
    expect(r.papers[9_989].source.line).toBe(9_999);
  });
});

describe('arXiv snapshot, robustness', () => {
  it('never throws on arbitrary text or JSON lines', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => void parse(s)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue(), { maxLength: 10 }),
        (vs) => void parse(vs.map((v) => JSON.stringify(v)).join('\n')),
      ),
      { numRuns: 300 },
    );
    const record = fc.record({
      id: fc.jsonValue(),
      title: fc.oneof(fc.string(), fc.jsonValue()),
      categories: fc.oneof(fc.string(), fc.jsonValue()),
      versions: fc.oneof(fc.jsonValue(), fc.array(fc.record({ created: fc.string() }))),
      authors_parsed: fc.oneof(fc.jsonValue(), fc.array(fc.array(fc.jsonValue()))),
      authors: fc.jsonValue(),
      comments: fc.jsonValue(),
    });
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 5 }),
        (rs) => void parse(rs.map((x) => JSON.stringify(x)).join('\n')),
      ),
      {
        numRuns: 300,
      },
    );
  });

  it('takes time roughly linear in the input on adversarial shapes', () => {
    const shapes: ((n: number) => string[])[] = [
      // One huge line arriving in many small chunks: the unfinished tail must not be rescanned.
      (n) => Array.from({ length: n / 100 }, () => 'x'.repeat(100)),
      (n) => ['['.repeat(n) + ']'.repeat(n)],
      (n) => [`{"id": "1", "title": "${'a \\n '.repeat(n / 4)}", "abstract": "${' \\n'.repeat(n / 4)}"}\n`],
      (n) => ['\n'.repeat(n)],
    ];
    shapes.forEach((shape, i) =>
      expect(growthExponent(readChunks, shape, 50_000), `shape ${i}`).toBeLessThan(1.7),
    );
  });
});

/** Streams chunks through the reader, as a file read in parts would be. */
function readChunks(chunks: string[]) {
  const reader = createArxivJsonlReader(options);
  for (const c of chunks) reader.push(c);
  reader.end();
}
