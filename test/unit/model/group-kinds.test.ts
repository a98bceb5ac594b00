import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArxivAtom } from '../../../src/lib/data/arxiv-atom';
import { parseBibtex } from '../../../src/lib/data/bibtex';
import { parseOpenAlex } from '../../../src/lib/data/openalex';
import { parseOrcid } from '../../../src/lib/data/orcid';
import { makePaper } from '../../../src/lib/data/paper';
import { parseProfileText } from '../../../src/lib/data/profile-text';
import { parseSemanticScholar } from '../../../src/lib/data/semantic-scholar';
import {
  bestGroupKind,
  groupCounts,
  groupCoverage,
  groupLabel,
  groupsOf,
  GROUP_KINDS,
} from '../../../src/lib/model/group-kinds';
import { realText } from '../../helpers/real-fixtures';

const options = { file: 'x', asOf: '2026-11-20' };
const astropy = parseBibtex(realText('bibtex_ads_astropy_v5_paper_129.bib'), options).papers;
const biblatex = parseBibtex(realText('biblatex_examples_92.bib'), options).papers;
const byTitle = (papers: typeof astropy, title: string) => papers.find((p) => p.title === title)!;

describe('groups of a paper under each kind', () => {
  it('an ADS article: arXiv class, journal, ADS keywords, type', () => {
    const p = byTitle(astropy, 'Astropy: A community Python package for astronomy');
    expect(groupsOf(p, 'category')).toEqual(['astro-ph.IM']);
    expect(groupsOf(p, 'field')).toEqual([]);
    expect(groupsOf(p, 'venue')).toEqual(['Astronomy and Astrophysics']);
    expect(groupsOf(p, 'keyword')).toEqual([
      'methods: data analysis',
      'methods: miscellaneous',
      'virtual observatory tools',
    ]);
    expect(groupsOf(p, 'type')).toEqual(['article']);
  });

  it('a Zenodo @software entry and a BibLaTeX @article', () => {
    const pandas = byTitle(astropy, 'pandas-dev/pandas: Pandas 1.4.1');
    expect([groupsOf(pandas, 'type'), groupsOf(pandas, 'venue')]).toEqual([['software'], ['Zenodo']]);
    const aksin = biblatex.find((p) => p.title.startsWith('Effect of immobilization'))!;
    expect(groupsOf(aksin, 'type')).toEqual(['article']);
    // `journaltitle = jomch`, the file's @string for the abbreviated title.
    expect(groupsOf(aksin, 'venue')).toEqual(['J. Organomet. Chem.']);
  });

  it('OpenAlex: the fields of the topics; Semantic Scholar: fields of study', () => {
    const oa = parseOpenAlex(realText('openalex_works_list_50_cursor.json'), options).papers;
    expect(groupsOf(oa[0], 'field')[0]).toBe('Social Sciences');
    expect(groupsOf(oa[0], 'type')).toEqual(['book']);
    const s2 = parseSemanticScholar(realText('s2_author_with_papers_turing.json'), options).papers;
    const logic = s2.find((p) => p.title === 'Systems of Logic Based on Ordinals')!;
    expect(groupsOf(logic, 'field')).toEqual(['Computer Science', 'Mathematics']);
  });

  it('ORCID: the work type of its summaries', () => {
    const orcid = parseOrcid(realText('orcid_v3_works_0000-0003-1444-9135.json'), options).papers;
    const types = new Set(orcid.map((p) => groupsOf(p, 'type')[0]));
    // The file's summaries are typed journal-article, data-set and other.
    expect([...types].sort()).toEqual(['article', 'dataset', 'other']);
  });

  it('a paper with no value is in no group, and counts as the last, null group', () => {
    const bare = makePaper({ title: 'Bare', source: { file: 'x' } });
    for (const kind of GROUP_KINDS) expect(groupsOf(bare, kind)).toEqual([]);
    const rows = groupCounts(
      [bare, byTitle(astropy, 'Astropy: A community Python package for astronomy')],
      'category',
    );
    expect(rows).toEqual([
      { group: 'astro-ph.IM', papers: 1 },
      { group: null, papers: 1 },
    ]);
    expect(groupLabel('category', null)).toBe('No category');
    expect(groupLabel('type', 'conference')).toBe('Conference paper');
  });
});

describe('the kind a list is shown by', () => {
  it('arXiv lists and the bundled profile: category', () => {
    const atom = parseArxivAtom(realText('arxiv_atom_search_testing_100.xml'), options).papers;
    expect(bestGroupKind(atom)).toBe('category');
    const profile = readFileSync(new URL('../../../data/profile-walmsley.txt', import.meta.url), 'utf8');
    expect(bestGroupKind(parseProfileText(profile, options).papers)).toBe('category');
  });

  it('OpenAlex and Semantic Scholar lists: field', () => {
    expect(bestGroupKind(parseOpenAlex(realText('openalex_works_list_50_cursor.json'), options).papers)).toBe(
      'field',
    );
    expect(
      bestGroupKind(parseSemanticScholar(realText('s2_author_with_papers_turing.json'), options).papers),
    ).toBe('field');
  });

  it('BibTeX lists with few arXiv classes: type, not a venue per paper', () => {
    // Fewer than half of the ADS list have an arXiv class; most venues hold one or two papers.
    expect(groupCoverage(astropy, 'category')).toBeLessThan(astropy.length / 2);
    expect(bestGroupKind(astropy)).toBe('type');
    expect(bestGroupKind(biblatex)).toBe('type');
    expect(groupCoverage(biblatex, 'type')).toBe(biblatex.length);
  });

  it('an empty list, and one paper without any value', () => {
    expect(bestGroupKind([])).toBe('category');
    expect(bestGroupKind([makePaper({ title: 'Bare', source: { file: 'x' } })])).toBe('category');
  });
});
