import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { categoriesInKeywords } from '../../../src/lib/data/arxiv-keywords';
import { parseBibtex } from '../../../src/lib/data/bibtex';
import { realText } from '../../helpers/real-fixtures';

const own = (name: string) => readFileSync(new URL(`../../fixtures/bibtex/${name}`, import.meta.url), 'utf8');
const parse = (text: string) => parseBibtex(text, { file: 'ads.bib', asOf: '2026-11-26' });

describe('arXiv category names in keywords', () => {
  it('maps "Archive - Category" and standalone archive names, in order, once each', () => {
    expect(
      categoriesInKeywords(
        'Astrophysics - High Energy Astrophysical Phenomena, Nuclear Experiment; high energy physics - theory, Nuclear Experiment',
      ),
    ).toEqual(['astro-ph.HE', 'nucl-ex', 'hep-th']);
  });

  it('reads a name that holds a comma, and nothing from subject words', () => {
    expect(categoriesInKeywords('Physics - Data Analysis, Statistics and Probability, Statistics')).toEqual([
      'physics.data-an',
    ]);
    expect(categoriesInKeywords('Physics, Astrophysics, galaxies: evolution, Computer Science')).toEqual([]);
  });
});

describe('an ADS-style .bib with arXiv names among its keywords (test/fixtures/bibtex/ads-arxiv-keywords.bib)', () => {
  const r = parse(own('ads-arxiv-keywords.bib'));

  it('puts the eprint primaryClass first, then the named categories', () => {
    expect(r.papers[0].categories).toEqual(['astro-ph.CO', 'astro-ph.GA', 'gr-qc']);
  });

  it('without a primaryClass the first named category is primary', () => {
    expect(r.papers[1].categories).toEqual(['physics.data-an', 'stat.ML']);
  });

  it('gives no category for keywords that are not arXiv names', () => {
    expect(r.papers[2].categories).toEqual([]);
    expect(r.problems).toEqual([]);
  });
});

describe('the astropy reference list (real ADS export): keywords add cross-listed categories', () => {
  const r = parse(realText('bibtex_ads_astropy_v5_paper_129.bib'));
  const cats = (start: string) => r.papers.find((p) => p.title.startsWith(start))?.categories;

  it('keeps primaryClass first and adds what the keywords name', () => {
    expect(cats('IAU 2015 Resolution B3')).toEqual([
      'astro-ph.SR',
      'astro-ph.EP',
      'astro-ph.GA',
      'astro-ph.HE',
      'astro-ph.IM',
    ]);
    expect(cats('emcee: The MCMC Hammer')).toEqual(['astro-ph.IM', 'physics.comp-ph', 'stat.CO']);
    expect(cats('The Astropy Problem')).toEqual(['astro-ph.IM', 'physics.soc-ph']);
  });

  it('gives no category from subject keywords ("methods: data analysis")', () => {
    const astroquery = r.papers.find((p) => p.title.startsWith('astroquery'));
    expect(astroquery?.categories).toEqual(['astro-ph.IM']);
  });
});
