import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePaper } from '../../../src/lib/data/paper';
import { parseProfileText } from '../../../src/lib/data/profile-text';
import { STOPWORDS } from '../../../src/lib/model/stopwords';
import { countTerms, hasTerms, normaliseTerm, titleKeys } from '../../../src/lib/model/terms';
import { TermDictionary } from '../../../src/lib/model/term-dictionary';
import { singular, stripLatex } from '../../../src/lib/model/text-tokens';

// One dictionary for the file's papers, as the text service holds one for its collection.
const dict = new TermDictionary();

const seed = readFileSync(new URL('../../../data/profile-walmsley.txt', import.meta.url), 'utf8');
const { papers } = parseProfileText(seed, { file: 'seed', asOf: '2026-11-26' });
const paper = (title: string, abstract = '') => makePaper({ title, abstract, source: { file: 't' } });

describe('singular', () => {
  it('folds plurals to words, never to stems', () => {
    const cases = {
      galaxies: 'galaxy',
      classes: 'class',
      searches: 'search',
      images: 'image',
      spectra: 'spectrum',
      analyses: 'analysis',
      physics: 'physics',
      lens: 'lens',
      radius: 'radius',
      gas: 'gas',
      learning: 'learning',
    };
    for (const [plural, one] of Object.entries(cases)) expect(singular(plural)).toBe(one);
  });
});

describe('terms of a text', () => {
  it('strips LaTeX: math, commands, ^ and _', () => {
    expect(stripLatex('about $\\sim 9000$ \\emph{spiral} galaxies at z^2_x').replace(/\s+/g, ' ')).toBe(
      'about spiral galaxies at z 2 x',
    );
    const t = titleKeys(dict, paper('We find $\\sim 9000$ \\emph{Spiral Galaxies} in 2021'));
    expect([...t].sort()).toEqual(['spiral', 'spiral galaxy', 'galaxy'].sort());
  });

  it('drops stopwords, boilerplate and numbers, and breaks phrases at them', () => {
    const t = titleKeys(
      dict,
      paper('We present a new approach using 12k radio galaxies, based on deep learning'),
    );
    expect([...t].sort()).toEqual(['deep', 'deep learning', 'galaxy', 'radio', 'radio galaxy'].sort());
  });

  it('counts papers, not occurrences, and a title mention double', () => {
    const list = [paper('Galaxy galaxy galaxy'), paper('Stars', 'A galaxy.'), paper('Stars', 'Dust')];
    const counts = countTerms(dict, list, { minPapers: 1 });
    expect(counts.map((t) => [t.key, t.papers, t.titles, t.weight])).toEqual([
      ['star', 2, 2, 4],
      ['galaxy', 2, 1, 3],
      ['dust', 1, 0, 1],
    ]);
  });

  it('shows the most frequent written form', () => {
    const list = [paper('Galaxies', 'galaxies and a galaxy'), paper('Dwarf galaxies')];
    expect(countTerms(dict, list, { minPapers: 1 }).find((t) => t.key === 'galaxy')?.term).toBe('galaxies');
  });

  it('normalises typed terms the same way, so the filter finds them', () => {
    expect(normaliseTerm('Radio Galaxies')).toBe('radio galaxy');
    expect(hasTerms(dict, paper('Morphology of radio galaxies'), ['radio galaxy'])).toBe(true);
    expect(hasTerms(dict, paper('Radio observations of galaxies'), ['radio galaxy'])).toBe(false);
  });
});

describe('terms of the bundled profile', () => {
  const top = countTerms(dict, papers, { limit: 20 });

  it('has "galaxy" first and field words, no stopwords or boilerplate, in the top 20', () => {
    expect(top.slice(0, 3).map((t) => t.term)).toContain('galaxy');
    for (const t of top) for (const w of t.key.split(' ')) expect(STOPWORDS.has(w), w).toBe(false);
    const terms = top.map((t) => t.term);
    for (const w of ['morphology', 'deep learning', 'radio galaxy', 'classification'])
      expect(terms).toContain(w);
    for (const w of [
      'paper',
      'we',
      'show',
      'results',
      'present',
      'using',
      'based',
      'approach',
      'method',
      'new',
      'also',
    ])
      expect(terms).not.toContain(w);
  });

  it('is sorted by weight and does not modify its input', () => {
    const before = JSON.stringify(papers);
    const again = countTerms(dict, papers, { limit: 20 });
    expect(again).toEqual(top);
    expect(top.map((t) => t.weight)).toEqual([...top.map((t) => t.weight)].sort((a, b) => b - a));
    expect(JSON.stringify(papers)).toBe(before);
  });
});

describe('term dictionary', () => {
  it('belongs to one collection: a new one starts empty and learns only its own papers', () => {
    const first = new TermDictionary();
    countTerms(first, [paper('Radio galaxies at high redshift')], { minPapers: 1 });
    const second = new TermDictionary();
    expect(second.size).toBe(0);
    countTerms(second, [paper('Quantum error correction')], { minPapers: 1 });
    expect(second.termId('radio galaxy')).toBe(-1);
    expect(first.termId('radio galaxy')).toBeGreaterThanOrEqual(0);
    expect(first.termId('quantum')).toBe(-1);
  });
});

describe('counting a list that grows', () => {
  it('counts the papers added to the same list since it was last counted', () => {
    const own = new TermDictionary();
    const list = [paper('Radio galaxies', 'Radio galaxies in clusters.'), paper('Radio relics')];
    expect(countTerms(own, list, { minPapers: 1 }).find((t) => t.key === 'radio')?.papers).toBe(2);
    list.push(paper('Radio halos'));
    expect(countTerms(own, list, { minPapers: 1 }).find((t) => t.key === 'radio')?.papers).toBe(3);
  });
});
