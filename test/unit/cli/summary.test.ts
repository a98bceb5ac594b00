import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli';
import { realPath } from '../../helpers/real-fixtures';

const cli = runCli;

describe('cli summary', () => {
  it('summarises the bundled profile as counted by hand', () => {
    const r = cli('summary', 'data/profile-walmsley.txt', '--as-of', '2026-11-26');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s).toMatchObject({
      format: 'profile-text',
      papers: 16,
      skipped: 0,
      owner: 'Mike Walmsley',
      years: { 2019: 1, 2020: 0, 2021: 3, 2022: 4, 2023: 2, 2024: 1, 2025: 4, 2026: 1 },
      categories: {
        'astro-ph.GA': 7,
        'astro-ph.IM': 2,
        'cs.CV': 2,
        'cs.LG': 2,
        'astro-ph.CO': 1,
        'cs.CL': 1,
        'cs.HC': 1,
      },
      // 28 listed people (the two forms of Inigo Slijepcevic merged) plus the owner on every paper.
      people: 29,
      // 7 papers of three people (3 pairs), 7 of four (6 pairs), 2 of two: 56 distinct pairs.
      coauthorships: 56,
    });
    expect(s.topCoauthors.slice(0, 4)).toEqual([
      { name: 'Anna M. M. Scaife', papers: 5 },
      { name: 'Chris Lintott', papers: 3 },
      { name: 'Micah Bowles', papers: 3 },
      { name: 'Inigo Val Slijepcevic', papers: 2 },
    ]);
    expect(s.topCoauthors).toHaveLength(28);
    // The profile page states its totals in its header; no paper carries a count of its own.
    expect(s.citations).toEqual({ total: 0, hIndex: 0, i10: 0, known: 0, byYear: {} });
  });

  it('adds up the citations of an OpenAlex works page (checked against a separate Python sum)', () => {
    const s = JSON.parse(cli('summary', realPath('openalex_works_list_50_cursor.json')).out);
    expect(s.citations).toEqual({
      total: 6985,
      hIndex: 37,
      i10: 50,
      known: 50,
      byYear: {
        2012: 394,
        2013: 387,
        2014: 334,
        2015: 297,
        2016: 247,
        2017: 219,
        2018: 294,
        2019: 241,
        2020: 224,
        2021: 217,
        2022: 220,
        2023: 229,
        2024: 186,
        2025: 101,
      },
    });
  });

  it('infers an undated year from --as-of', () => {
    const s = JSON.parse(cli('summary', 'data/profile-walmsley.txt', '--as-of', '2026-01-10').out);
    expect(s.years['2025']).toBe(5);
    expect(s.years['2026']).toBeUndefined();
  });

  it('exits 2 with the file and line on stderr for a file that yields nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rtd-'));
    const file = join(dir, 'bad.txt');
    writeFileSync(file, 'no papers in here\n');
    const r = cli('summary', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${file}, line 1:`);
    expect(r.out).toBe('');
  });

  it('exits 2 for a file that is not UTF-8 and declares nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rtd-'));
    const file = join(dir, 'latin1.bib');
    writeFileSync(file, Buffer.from('@article{a,\n  title = {Caf\xe9},\n}\n', 'latin1'));
    const r = cli('summary', file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/line 2: not valid UTF-8/);
  });

  it('counts an ORCID works file as the page does: 97 papers, works with different DOIs apart', () => {
    const s = JSON.parse(cli('summary', realPath('orcid_v3_works_0000-0003-1444-9135.json')).out);
    expect(s).toMatchObject({ format: 'orcid', papers: 97, owner: null, profile: null });
  });

  it('merges several files and says when the profile is not the owner of the papers', () => {
    const author = new URL('../../fixtures/openalex/author-jane-doe.json', import.meta.url).pathname;
    const r = cli('summary', author, realPath('openalex_works_list_50_cursor.json'));
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s).toMatchObject({ format: 'openalex+openalex', papers: 50 });
    expect(s.owner).not.toBe('Jane Doe');
    expect(s.profile).toEqual({
      name: 'Jane Doe',
      source: 'OpenAlex author profile',
      note: 'The profile’s metrics describe Jane Doe; 49 of the 50 loaded papers do not list Jane Doe among their authors.',
    });
  });

  it('makes the first author of two pasted entries the owner, not the alphabetically first coauthor', () => {
    const file = new URL('../../fixtures/bibtex/two-entries-one-first-author.bib', import.meta.url).pathname;
    expect(JSON.parse(cli('summary', file).out).owner).toBe('Maria Garcia');
  });

  it('exits 1 with usage for wrong arguments', () => {
    const r = cli('summary');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Usage/);
  });
});
