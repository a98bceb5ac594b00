import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../src/lib/data/bibtex';
import { parseCslJson } from '../../../src/lib/data/csl-json';
import { parseCsv } from '../../../src/lib/data/csv';
import { makePaper } from '../../../src/lib/data/paper';
import { parseRis } from '../../../src/lib/data/ris';
import { papersToBibtex } from '../../../src/lib/export/bibtex-export';
import { papersToCslJson } from '../../../src/lib/export/csl-json-export';
import { papersToCsv } from '../../../src/lib/export/csv-export';

const asOf = '2026-12-01';
const cited = makePaper({
  title: 'Galaxy Zoo DECaLS',
  date: '2021-09-08',
  authors: ['Mike Walmsley', 'Chris Lintott'],
  categories: ['astro-ph.GA', 'cs.CV'],
  keywords: ['galaxies: structure', 'deep learning'],
  type: 'article',
  venue: 'Monthly Notices of the Royal Astronomical Society',
  links: { doi: '10.1093/mnras/stab2093', arxiv: '2102.08414' },
  citations: { count: 262, source: 'OpenAlex', asOf: '2026-11-20' },
  source: { file: 'x.json', record: 1 },
});
const preprint = makePaper({
  title: 'A preprint without counts',
  date: '2024',
  type: 'preprint',
  links: { arxiv: '2401.00001' },
  source: { file: 'x.json', record: 2 },
});

describe('the CSV export has a citations column that the CSV import reads back', () => {
  it('writes count, source and date, and type and keywords', () => {
    const [row, empty] = csvParse(papersToCsv([cited, preprint]));
    expect([row.citations, row.citations_source, row.citations_as_of]).toEqual([
      '262',
      'OpenAlex',
      '2026-11-20',
    ]);
    expect([row.type, row.keywords]).toEqual(['article', 'galaxies: structure; deep learning']);
    expect([empty.citations, empty.citations_source, empty.type]).toEqual(['', '', 'preprint']);
  });

  it('reads back the same count, source, date, type and keywords', () => {
    const back = parseCsv(papersToCsv([cited, preprint]), { file: 'sel.csv', asOf }).papers;
    expect(back[0].citations).toEqual(cited.citations);
    expect([back[0].type, back[0].keywords]).toEqual(['article', ['galaxies: structure', 'deep learning']]);
    expect([back[1].citations, back[1].type]).toEqual([undefined, 'preprint']);
  });
});

describe('CSL-JSON and BibTeX carry the count as the line Zotero’s Citation Counts Manager writes', () => {
  it('CSL-JSON: a `note` line beside the arXiv line; read back with source and date', () => {
    const [item] = JSON.parse(papersToCslJson([cited]));
    expect(item.note).toBe('arXiv:2102.08414 [astro-ph.GA]\nCitations (OpenAlex): 262 [2026-11-20]');
    expect(item.type).toBe('article-journal');
    expect(item.keyword).toBe('astro-ph.GA, cs.CV, galaxies: structure, deep learning');
    const [back] = parseCslJson(papersToCslJson([cited, preprint]), { file: 'x.json', asOf }).papers;
    expect(back.citations).toEqual(cited.citations);
    expect(back.categories).toEqual(['astro-ph.GA', 'cs.CV']);
    expect(back.keywords).toEqual(['galaxies: structure', 'deep learning']);
    expect(back.type).toBe('article');
  });

  it('BibTeX: `annote`, which bibliography styles do not print (unlike `note`)', () => {
    const bib = papersToBibtex([cited, preprint]);
    expect(bib).toContain('annote = {Citations (OpenAlex): 262 [2026-11-20]}');
    expect(bib).not.toMatch(/\bnote = /);
    expect(bib).toMatch(/^@article\{walmsley2021galaxy,/m);
    expect(bib).toMatch(/^@misc\{anon2024preprint,/m);
    const back = parseBibtex(bib, { file: 'x.bib', asOf }).papers;
    expect(back[0].citations).toEqual(cited.citations);
    expect(back[0].categories).toEqual(['astro-ph.GA', 'cs.CV']);
    expect(back[0].keywords).toEqual(['galaxies: structure', 'deep learning']);
    expect([back[0].type, back[1].type]).toEqual(['article', 'preprint']);
  });

  it('reads Scopus’s own forms: BibTeX `note = {cited By 12}` and RIS `N1  - Cited By: 12`', () => {
    const bib = '@article{a,\n title = {T},\n year = {2020},\n note = {cited By 12}\n}\n';
    expect(parseBibtex(bib, { file: 's.bib', asOf }).papers[0].citations).toEqual({
      count: 12,
      source: 'Scopus',
      asOf,
    });
    const ris = 'TY  - JOUR\nTI  - T\nPY  - 2020\nKW  - lensing\nN1  - Cited By: 7\nER  - \n';
    const [paper] = parseRis(ris, { file: 's.ris', asOf }).papers;
    expect([paper.citations?.count, paper.citations?.source, paper.type, paper.keywords]).toEqual([
      7,
      'Scopus',
      'article',
      ['lensing'],
    ]);
  });
});
