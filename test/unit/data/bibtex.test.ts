import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeBibtex, parseBibtex } from '../../../src/lib/data/bibtex';
import { formatBibtexName, splitBibtexNames } from '../../../src/lib/data/source-name';
import { texToUnicode } from '../../../src/lib/data/tex-to-unicode';
import { growthExponent } from '../helpers/time-ratio';
import { realText } from '../../helpers/real-fixtures';

const real = realText;
const parse = (text: string, file = 'refs.bib') => parseBibtex(text, { file, asOf: '2026-11-26' });
const byTitle = (r: ReturnType<typeof parse>, start: string) => {
  const p = r.papers.find((x) => x.title.startsWith(start));
  if (!p) throw new Error(`no paper "${start}"`);
  return p;
};

describe('BibTeX: NASA ADS export with mixed document types', () => {
  const r = parse(real('ads_export_bibtex_24_mixed_doctypes.bib'), 'ads.bib');

  it('reads all 24 entries, @software and @dataset included', () => {
    expect(r.format).toBe('bibtex');
    expect(r.records).toBe(24);
    expect(r.papers).toHaveLength(24);
    expect(byTitle(r, 'sick: Spectroscopic').source).toEqual({ file: 'ads.bib', line: 107 });
    expect(byTitle(r, 'Daymet').links.doi).toBe('10.3334/ORNLDAAC/1219');
  });

  it('reports only the two DOIs ADS ran together, keeping the first', () => {
    expect(r.problems).toEqual([expect.objectContaining({ file: 'ads.bib', line: 294, action: 'repaired' })]);
    const p = byTitle(r, 'Generalized Lomb–Scargle');
    expect(p.links.doi).toBe('10.1140/epjc/s10052-020-7683-6');
    expect(p.links.arxiv).toBe('1912.06970');
    expect(p.id).toBe('arxiv:1912.06970');
  });

  it('turns {Last}, F.~M. names into display order and expands \\prl', () => {
    const p = byTitle(r, 'Erratum: Quantum Criticality');
    expect(p.authors).toEqual(['M. Pustilnik', 'B. van Heck', 'R. M. Lutchyn', 'L. I. Glazman']);
    expect(p.venue).toBe('Physical Review Letters');
    expect(p).toMatchObject({ date: '2018-01', precision: 'month', year: 2018 });
  });

  it('keeps corporate names whole and reads the "{}, . . ." placeholder as truncation', () => {
    const p = byTitle(r, 'Time Domain Exploration');
    expect(p.authors.slice(-4)).toEqual(['PQ Team Caltech', 'Yale', 'NCSA', 'Indiana']);
    expect(p.authorsTruncated).toBe(true);
    expect(byTitle(r, 'Analysis of Thermal Losses').authors).toEqual(['S. N. Agbo', 'E. C. Okoroigwe']);
  });

  it('links arXiv eprints with their category, but not other archives (ascl)', () => {
    const p = byTitle(r, 'Applied Conformal Field Theory');
    expect(p.links.arxiv).toBe('hep-th/9108028');
    expect(p.categories).toEqual(['hep-th']);
    const ascl = byTitle(r, 'sick: Spectroscopic');
    expect(ascl.links.arxiv).toBeUndefined();
    expect(r.papers.filter((x) => x.categories.length)).toHaveLength(2);
  });

  it('reads arXiv category names among the keywords: the first is primary without a primaryClass', () => {
    // The one entry with such keywords: "Astrophysics - High Energy Astrophysical Phenomena, …".
    expect(byTitle(r, 'Generalized Lomb–Scargle').categories).toEqual([
      'astro-ph.HE',
      'astro-ph.IM',
      'nucl-ex',
    ]);
    // "High Energy Physics - Theory" agrees with the old-style id hep-th/9108028.
    expect(byTitle(r, 'Applied Conformal Field Theory').categories).toEqual(['hep-th']);
    // A bare "Physics" is a subject word, not the arXiv archive.
    expect(byTitle(r, 'Millimeter Astronomy').categories).toEqual([]);
    expect(byTitle(r, 'The Diversity of Nuclear Magnetic').categories).toEqual([]);
  });

  it('keeps an entry without authors, and a year without a month', () => {
    expect(byTitle(r, 'Book reviews').authors).toEqual([]);
    expect(byTitle(r, 'Applied nonlinear dynamics')).toMatchObject({ date: '1995', precision: 'year' });
  });
});

describe('BibTeX: the astropy paper reference list (ADS macros, collaborations, broken entries)', () => {
  const r = parse(real('bibtex_ads_astropy_v5_paper_129.bib'), 'astropy.bib');
  const authors = new Set(r.papers.flatMap((p) => p.authors));

  it('counts 129 entries and reports each oddity with its line', () => {
    expect(r.records).toBe(129);
    expect(r.papers).toHaveLength(124);
    expect(r.problems.map((p) => [p.line, p.action])).toEqual([
      [1254, 'noted'],
      [1343, 'skipped'],
      [1577, 'noted'],
      [1877, 'repaired'],
      [1890, 'repaired'],
      [1910, 'noted'],
      [2030, 'noted'],
      [2187, 'noted'],
    ]);
    expect(r.problems[1].message).toMatch(/@misc\{astropy-ci\} has no title/);
    expect(r.problems[3].message).toMatch(/@article\{ASDF\} is not closed/);
    expect(r.problems[7]).toMatchObject({
      code: 'duplicate-key',
      message: 'The key "pandas" was already used at line 85; this entry is kept as a work of its own.',
    });
  });

  it('keeps both works under the key "pandas": the 2010 paper and the 2022 software release', () => {
    const pandas = r.papers.filter((p) => p.source.line === 85 || p.source.line === 2187);
    expect(pandas.map((p) => [p.title, p.year, p.links.doi])).toEqual([
      ['Data Structures for Statistical Computing in Python', 2010, undefined],
      ['pandas-dev/pandas: Pandas 1.4.1', 2022, '10.5281/zenodo.6053272'],
    ]);
  });

  it('keeps the entries whose closing brace is missing', () => {
    expect(byTitle(r, 'ASDF: A new data format').venue).toBe('Astronomy and Computing');
    expect(byTitle(r, 'sbpy').authors).toHaveLength(12);
  });

  it('expands the AAS journal macros', () => {
    expect(byTitle(r, 'Planck 2015 results. XIII').venue).toBe('Astronomy and Astrophysics');
    expect(byTitle(r, 'The Astropy Project: Building').venue).toBe('The Astronomical Journal');
    const venues = new Set(r.papers.map((p) => p.venue));
    expect(venues).toContain('Monthly Notices of the Royal Astronomical Society');
    expect(venues).toContain('The Astrophysical Journal');
    expect([...venues].filter((v) => /[\\{}]/.test(v))).toEqual([]);
  });

  it('converts TeX accents and keeps collaborations whole', () => {
    for (const name of ['B. M. Sipőcz', 'H. M. Günther', 'J. L. Cano Rodríguez', 'Ž. Ivezić', 'É. Depagne']) {
      expect(authors).toContain(name);
    }
    expect(authors).toContain('T. A. Enßlin');
    expect(authors).toContain('J.-P. Bernard');
    const p = byTitle(r, 'The Astropy Project: Building');
    expect(p.authors[0]).toBe('Astropy Collaboration');
    expect(p.authors.at(-1)).toBe('Astropy Contributors');
    expect(p.categories).toEqual(['astro-ph.IM']);
    expect(r.papers.every((x) => !/[\\{}~]/.test(x.title + x.authors.join(' ')))).toBe(true);
  });

  it('reads "and et al." as truncation and merges the later full record of the same paper', () => {
    const truncated = parse(
      '@article{p, author = {{Planck Collaboration} and {Ade}, P.~A.~R. and et al.}, title = {T}}',
    ).papers[0];
    expect(truncated.authors).toEqual(['Planck Collaboration', 'P. A. R. Ade']);
    expect(truncated.authorsTruncated).toBe(true);
    const planck = byTitle(r, 'Planck 2015 results. XIII');
    expect(planck.source.line).toBe(12);
    expect(planck.authorsTruncated).toBe(false);
    expect(planck.authors.length).toBeGreaterThan(200);
    expect(planck.categories).toEqual(['astro-ph.CO']);
  });

  it('gives unique ids', () => {
    expect(new Set(r.papers.map((p) => p.id)).size).toBe(r.papers.length);
  });
});

describe('BibLaTeX: the biblatex examples (@string, crossref, @set, date ranges, eprinttype)', () => {
  const r = parse(real('biblatex_examples_92.bib'), 'biblatex.bib');

  it('counts 92 entries; @sets and repeated works are noted', () => {
    expect(r.records).toBe(92);
    expect(r.papers).toHaveLength(85);
    expect(r.problems.filter((p) => p.action !== 'noted')).toEqual([]);
    expect(r.problems.filter((p) => p.message.includes('@set')).map((p) => p.line)).toEqual([26, 31]);
  });

  it('expands @string macros', () => {
    expect(byTitle(r, 'Effect of immobilization').venue).toBe('J. Organomet. Chem.');
    expect(byTitle(r, 'A carbocyclic carbene').venue).toBe('Angew. Chem. Int. Ed.');
  });

  it('fills a crossref child from its parent', () => {
    const p = byTitle(r, 'The True Frontier');
    expect(p.title).toBe(
      'The True Frontier: Confronting and Avoiding the Realities of Space in American Science Fiction Films',
    );
    expect(p.venue).toBe('Space and Beyond');
    expect(p.year).toBe(2000);
  });

  it('takes the start of a date range and keeps month precision', () => {
    expect(byTitle(r, 'Regesta Pontificum')).toMatchObject({ date: '1885', precision: 'year' });
    expect(byTitle(r, 'Computers & Typesetting')).toMatchObject({ date: '1984', year: 1984 });
    expect(byTitle(r, 'Twice-Born, Once Conceived')).toMatchObject({ date: '1991-03', precision: 'month' });
    expect(byTitle(r, 'Tame the BeaST')).toMatchObject({ date: '2005-10-16', precision: 'day' });
  });

  it('links eprinttype = {arxiv} entries, with eprintclass or the old-style archive', () => {
    const baez = byTitle(r, 'Higher-Dimensional Algebra V');
    expect(baez.links.arxiv).toBe('math/0307200');
    expect(baez.categories).toEqual(['math']);
    expect(byTitle(r, 'Faster Radix Sort').categories).toEqual(['cs.DS']);
    expect(byTitle(r, 'The Importance of Being Earnest').links.arxiv).toBeUndefined();
  });

  it('converts accents in names', () => {
    expect(byTitle(r, 'Effect of immobilization').authors.slice(0, 4)).toEqual([
      'Özge Aksın',
      'Hayati Türkmen',
      'Levent Artok',
      'Bekir Çetinkaya',
    ]);
  });
});

describe('BibTeX: syntax errors (bibtex-tidy cases)', () => {
  const r = parse(real('bibtex_malformed_syntax_errors_bibtextidy.bib'), 'bad.bib');

  it('skips every broken entry with a located problem, without throwing', () => {
    expect(r.records).toBe(8);
    expect(r.papers).toEqual([]);
    expect(r.problems.map((p) => p.line)).toEqual([3, 8, 15, 21, 28, 32, 37, 40]);
    expect(r.problems.every((p) => p.action === 'skipped' && p.file === 'bad.bib')).toBe(true);
    expect(r.problems[0].message).toMatch(/@article\{foobar\}.*expected "=" but found "\{" \(column 16\)/);
    expect(r.problems[7].message).toMatch(/Unbalanced braces in field "title"/);
  });
});

describe('BibTeX: edge cases', () => {
  it('concatenates @string macros with #, and reads month macros and numbers', () => {
    const r = parse(
      '@string{ apjx = "Astrophys." }\n@string(pre = {The }) % a comment\n' +
        '@article{a, title = pre # "Title", journal = apjx # { J.}, year = 2020, month = jan # "~15"}\n' +
        '@article{b, title = {B}, year = {2019}, month = 11}\n',
    );
    expect(r.problems).toEqual([]);
    expect(r.papers[0]).toMatchObject({ title: 'The Title', venue: 'Astrophys. J.', date: '2020-01-15' });
    expect(r.papers[1]).toMatchObject({ date: '2019-11', precision: 'month' });
  });

  it('ignores @comment and @preamble, reads parentheses and a byte-order mark', () => {
    const r = parse(
      '\uFEFF@comment{x}\n@preamble{"\\newcommand{\\x}{y}"}\n@book(k, title = "T", year = 1999)\n',
    );
    expect(r.records).toBe(1);
    expect(r.papers.map((p) => p.title)).toEqual(['T']);
  });

  it('notes undefined macros, repeated fields, unknown categories and missing crossrefs', () => {
    const r = parse(
      '@article{a,\n title = {T},\n journal = nojournal,\n title = {Again},\n' +
        ' eprint = {2101.00001}, archivePrefix = {arXiv}, primaryClass = {xx.YY},\n crossref = {nothere}\n}\n',
    );
    expect(r.papers[0]).toMatchObject({ title: 'T', venue: '', categories: [] });
    expect(r.papers[0].links.arxiv).toBe('2101.00001');
    expect(r.problems.map((p) => [p.line, p.action])).toEqual([
      [3, 'noted'],
      [4, 'noted'],
      [5, 'noted'],
      [6, 'noted'],
    ]);
  });

  it('skips an entry without title, and one with absurdly deep braces', () => {
    const r = parse(`@misc{a, year = 2000}\n@misc{b, title = {${'{'.repeat(500)}x${'}'.repeat(500)}}}\n`);
    expect(r.papers).toEqual([]);
    expect(r.problems.map((p) => [p.line, p.action])).toEqual([
      [1, 'skipped'],
      [2, 'skipped'],
    ]);
  });

  it('refuses an empty file and a file of another format', () => {
    expect(parse('  \n').problems[0]).toMatchObject({ action: 'refused', message: 'The file is empty.' });
    expect(parse('TY  - JOUR\nER  -\n').problems[0].message).toMatch(/No BibTeX entries/);
  });

  it('detects BibTeX', () => {
    expect(looksLikeBibtex('% refs\n\n@Article{x,')).toBe(true);
    expect(looksLikeBibtex('{"title": "@x{"}')).toBe(false);
  });
});

describe('TeX to Unicode and BibTeX names', () => {
  it.each([
    ['{\\"o}', 'ö'],
    ["\\'{e}", 'é'],
    ["{\\'\\i}", 'í'],
    ['{\\ss}', 'ß'],
    ['En{\\ss}lin', 'Enßlin'],
    ["\\v{Z}ivkovi\\'c", 'Živković'],
    ['{\\c{C}}etinkaya', 'Çetinkaya'],
    ['1984--1986', '1984–1986'],
    ['a---b', 'a—b'],
    ['Angew.~Chem.', 'Angew. Chem.'],
    ['\\emph{Nature} \\& {\\textit{Science}}', 'Nature & Science'],
    ['$z\\sim2$ galaxies', 'z∼2 galaxies'],
    ['$10^{10}$ stars', '$10^{10}$ stars'],
    ["``quoted''", '“quoted”'],
    ['Lomb{\\textendash}Scargle', 'Lomb–Scargle'],
    ['\\noop{x}', 'x'],
  ])('%s → %s', (tex, text) => {
    expect(texToUnicode(tex)).toBe(text);
  });

  it('keeps URLs verbatim apart from escapes', () => {
    expect(texToUnicode('https://x.org/a\\_b--c~d%26', { verbatim: true })).toBe('https://x.org/a_b--c~d%26');
  });

  it.each([
    ['{Last}, F.~M.', 'F. M. Last'],
    ['{van Heck}, B.', 'B. van Heck'],
    ["St\\'efan van der Walt", 'Stéfan van der Walt'],
    ['King, Jr., Martin Luther', 'Martin Luther King Jr.'],
    ['{Bernard}, J. -P.', 'J.-P. Bernard'],
    ['{Planck Collaboration}', 'Planck Collaboration'],
  ])('name %s → %s', (raw, name) => {
    expect(formatBibtexName(raw)).toBe(name);
  });

  it('splits at "and" outside braces only, and reads "others" as truncation', () => {
    expect(splitBibtexNames('{Barnes and Noble} and Doe, J. AND others')).toEqual({
      names: ['Barnes and Noble', 'J. Doe'],
      truncated: true,
    });
  });
});

describe('BibTeX: robustness', () => {
  const tokens = [
    '@article{',
    '@string{',
    'k,',
    'title',
    'author',
    '=',
    '{',
    '}',
    '"',
    '#',
    ',',
    '\\"',
    ' and ',
    '\n',
    'jan',
    '%',
    '~',
    '$',
    '\\',
    'x',
  ];

  it('never throws on arbitrary text or on shuffled BibTeX tokens', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        parse(s);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 80 }), (parts) => {
        const r = parse(parts.join(''));
        expect(r.problems.every((p) => typeof p.line === 'number' && p.line >= 1)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('reads an entry whose value is a 1 MB line', () => {
    const r = parse(`@a{k, title = {${'ab {\\"o} '.repeat(100_000)}}, year = 2020}`);
    expect(r.papers).toHaveLength(1);
    expect(r.papers[0].title.length).toBe(499_999);
    expect(r.papers[0].title.startsWith('ab ö ab ö')).toBe(true);
  });

  it.each([
    ['nested braces', (n: number) => `@a{k, title = {${'{'.repeat(n)}x${'}'.repeat(n)}}}`, 10_000],
    [
      'nested braces in names',
      (n: number) => `@a{k, title={t}, author = {${'{'.repeat(n)}x${'}'.repeat(n)}}}`,
      10_000,
    ],
    [
      'one long line',
      (n: number) =>
        `@a{k, title = {${'ab {\\"o} '.repeat(n / 10)}}, author = {${'A. B. and '.repeat(n / 100)}}}`,
      60_000,
    ],
    ['quotes', (n: number) => `@a{k, title = "${'"'.repeat(n)}}\n${'"'.repeat(n)}`, 100_000],
    ['entry starts', (n: number) => '@a{k,\n'.repeat(n / 10), 100_000],
  ])('stays roughly linear on %s', (_name, make, n) => {
    expect(growthExponent(parse, make, n)).toBeLessThan(1.7);
  });
});
