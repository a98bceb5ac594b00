import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeArxivAtom, parseArxivAtom } from '../../../src/lib/data/arxiv-atom';
import { decodeBytes } from '../../../src/lib/data/decode-text';
import { codeInComment } from '../../../src/lib/data/record-ids';
import { growthExponent } from '../helpers/time-ratio';
import { realBytes, realText } from '../../helpers/real-fixtures';

// The recorder kept the response bytes (UTF-8) as latin-1 code points, so the file holds the
// original UTF-8 bytes: read bytes and decode them as the app does, not as latin-1 text.
const searchBytes = realBytes('arxiv_atom_search_testing_100.xml');
const decode = (bytes: Uint8Array) => {
  const d = decodeBytes(bytes);
  if (!d.ok) throw new Error(d.message);
  return d.text;
};
const parse = (text: string) => parseArxivAtom(text, { file: 'feed.xml' });

const feed = (entries: string) =>
  `<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">\n${entries}</feed>\n`;

describe('arXiv Atom on a recorded search for "testing"', () => {
  const r = parse(decode(searchBytes));
  const byId = (id: string) => r.papers.find((p) => p.links.arxiv === id)!;

  it('reads all 100 entries and notes that the feed is one page of a larger result', () => {
    expect(r.format).toBe('arxiv-atom');
    expect(r.records).toBe(100);
    expect(r.papers).toHaveLength(100);
    expect(r.problems).toEqual([
      {
        file: 'feed.xml',
        line: 2,
        message: 'This feed is one page of a larger result: entries 1–100 of 214881.',
        action: 'noted',
      },
    ]);
  });

  it('reads id without version, day date, categories, authors in order, DOI and venue', () => {
    const p = r.papers[0];
    expect(p.id).toBe('arxiv:2202.12139');
    expect(p.links).toEqual({
      arxiv: '2202.12139',
      url: 'https://arxiv.org/abs/2202.12139',
      doi: '10.1109/ICSTW55395.2022.00035',
    });
    expect(p).toMatchObject({ date: '2022-02-24', precision: 'day', year: 2022 });
    expect(p.categories).toEqual(['cs.SE', 'cs.LG']);
    expect(p.authors).toEqual(['Mohit Kumar Ahuja', 'Arnaud Gotlieb', 'Helge Spieker']);
    expect(p.venue).toMatch(/^Artificial Intelligence in Software Testing @ 2022 IEEE/);
    expect(p.source).toEqual({ file: 'feed.xml', line: 10 });
    expect(r.papers.filter((x) => x.links.doi)).toHaveLength(32);
    expect(r.papers.filter((x) => x.venue)).toHaveLength(18);
  });

  it('decodes UTF-8 names and symbols', () => {
    expect(byId('2405.13786').authors).toEqual([
      'Aurora Ramírez',
      'Mario Berrios',
      'José Raúl Romero',
      'Robert Feldt',
    ]);
    expect(byId('2306.03845').title).toBe('$ω$Test: WebView-Oriented Testing for Android Applications');
  });

  it('decodes entities and collapses whitespace in titles and abstracts', () => {
    expect(byId('2302.03287').title).toBe('ChatGPT and Software Testing Education: Promises & Perils');
    expect(byId('2008.01944').abstract).toContain('$r>0$ samples');
    expect(r.papers.every((p) => !/\s{2}|\n/.test(p.title + p.abstract))).toBe(true);
  });

  it('keeps old-style ids with their archive', () => {
    expect(byId('hep-ph/0301050')).toMatchObject({ id: 'arxiv:hep-ph/0301050', categories: ['hep-ph'] });
  });

  it('finds the one comment announcing code and its repository', () => {
    const withCode = r.papers.filter((p) => p.hasCode);
    expect(withCode.map((p) => p.links.code)).toEqual([
      'https://github.com/ydecastro/super-resolution-testing',
    ]);
  });

  it('repairs the same file when it was read as latin-1 text', () => {
    const garbled = parse(Buffer.from(searchBytes).toString('latin1'));
    expect(garbled.problems[0]).toMatchObject({ line: 1, action: 'repaired' });
    expect(garbled.papers).toEqual(r.papers);
  });

  it('is recognised, and other text is not', () => {
    expect(looksLikeArxivAtom(decode(searchBytes))).toBe(true);
    expect(looksLikeArxivAtom('<feed xmlns="http://www.w3.org/2005/Atom"></feed>')).toBe(false);
    expect(looksLikeArxivAtom('{"results": []}')).toBe(false);
  });
});

describe('arXiv Atom, errors and oddities', () => {
  it('turns the API error feed into a refused problem, not a paper', () => {
    const r = parse(realText('arxiv_atom_error_http400.xml'));
    expect(r.papers).toEqual([]);
    expect(r.records).toBe(1);
    expect(r.problems).toEqual([
      {
        file: 'feed.xml',
        line: 9,
        message: 'arXiv returned an error: incorrect id format for abc.',
        action: 'refused',
      },
    ]);
  });

  it('puts the primary category first, drops ACM/MSC classes, reads CDATA and character references', () => {
    const r = parse(
      feed(`<entry><id>http://arxiv.org/abs/2101.00001v3</id>
  <title><![CDATA[A <b> title]]> &#x3B1; &#946;</title><published>2021-01-01T00:00:00Z</published>
  <category term="cs.LG"/><category term="F.2.2"/><category term='stat.ml'/>
  <arxiv:primary_category term="stat.ML"/><author><name>Ann</name></author>
  <arxiv:comment>Code: https://gitlab.com/a/b.</arxiv:comment></entry>`),
    );
    const p = r.papers[0];
    expect(p.categories).toEqual(['stat.ML', 'cs.LG']);
    expect(p.title).toBe('A <b> title α β');
    expect(p.links).toMatchObject({ arxiv: '2101.00001', code: 'https://gitlab.com/a/b' });
    expect(r.problems).toEqual([]);
  });

  it('keeps an entry without a date and reports its line; skips one without a title', () => {
    const r = parse(feed('<entry>\n<title>No date</title>\n</entry>\n<entry>\n<title> </title></entry>\n'));
    expect(r.papers.map((p) => [p.title, p.date])).toEqual([['No date', null]]);
    expect(r.problems.map((p) => [p.line, p.action])).toEqual([
      [3, 'repaired'],
      [6, 'skipped'],
    ]);
  });

  it('reports a truncated document and keeps what came before', () => {
    const r = parse(
      feed('<entry><title>One</title><published>2020-02-02</published></entry>\n<entry><title a="'),
    );
    expect(r.papers.map((p) => p.title)).toEqual(['One']);
    expect(r.problems[0]).toMatchObject({ line: 4, action: 'repaired' });
  });

  it('refuses text that is not a feed, and an empty file', () => {
    expect(parse('hello <world>').problems[0].message).toMatch(/No <feed> element/);
    expect(parse('  ').problems[0].message).toMatch(/empty/);
  });

  it('sees code only where the comment says so', () => {
    expect(codeInComment('12 pages, 3 figures')).toEqual({ hasCode: false });
    expect(codeInComment('Code will be released')).toEqual({ hasCode: true, url: undefined });
    expect(codeInComment('see https://x.org/p and code at https://github.com/u/r)')).toEqual({
      hasCode: true,
      url: 'https://github.com/u/r',
    });
  });
});

describe('arXiv Atom, robustness', () => {
  // prettier-ignore
  const tokens = fc.constantFrom(
    '<feed>', '</feed>', '<entry>', '</entry>', '<title>', '</title>', '<published>', '2020-01-01',
    '<category term="cs.LG"/>', '<arxiv:primary_category term=', '"', "'", '<!--', '-->', '<![CDATA[',
    ']]>', '&amp;', '&#xFFFFFFF;', '<', '>', '/>', '\n', 'x', '<author><name>', '</name></author>',
  );

  it('never throws on arbitrary text or XML-like token soup', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => void parse(s)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(tokens, { maxLength: 80 }), (ts) => {
        const r = parse(ts.join(''));
        expect(r.papers.length).toBeLessThanOrEqual(r.records);
      }),
      { numRuns: 500 },
    );
  });

  it('takes time roughly linear in the input on adversarial shapes', () => {
    const shapes: ((n: number) => string)[] = [
      (n) => feed(`<entry><title>${'a &amp; '.repeat(n)}</title></entry>`),
      (n) => `<feed>${'<a>'.repeat(n)}${'</b>'.repeat(n)}`,
      (n) => `<feed>${'<a x="1" '.repeat(n)}`,
      (n) => feed('<entry><title>t</title><published>2020-01-01</published></entry>'.repeat(n / 8)),
    ];
    shapes.forEach((shape, i) => expect(growthExponent(parse, shape, 5_000), `shape ${i}`).toBeLessThan(1.7));
  });
});
