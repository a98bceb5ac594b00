import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readFiles, readOne } from '../../../src/lib/data/read-files';
import { realBytes } from '../../helpers/real-fixtures';
import { createSynthetic } from '../../../src/dev/synthetic';
import { arxivLines } from '../../../src/dev/synthetic-record';

describe('reading user files', () => {
  it('refuses a file over the size limit without parsing it, naming the limit', async () => {
    const big = { name: 'huge.bib', bytes: { length: MAX_FILE_BYTES + 1 } as unknown as Uint8Array };
    const r = await readOne(big);
    expect(r.papers).toEqual([]);
    expect(r.problems[0]).toMatchObject({ file: 'huge.bib', action: 'refused' });
    expect(r.problems[0].message).toMatch(/the limit is 1024 MB/);
  });

  it('reports each file and merges duplicates across files', async () => {
    const bib = '@article{a, title={A Study of Galaxies}, author={Doe, Jane}, year=2020, doi={10.1/x}}\n';
    const csv = 'Title,Authors,Year,DOI\n"A study of galaxies",Jane Doe,2020,10.1/X\n';
    const enc = (t: string) => new TextEncoder().encode(t);
    const { merged, reports } = await readFiles([
      { name: 'a.bib', bytes: enc(bib) },
      { name: 'b.csv', bytes: enc(csv) },
    ]);
    expect(reports.map((r) => r.summary)).toEqual([
      'a.bib: read as BibTeX: 1 record, 1 paper',
      'b.csv: read as CSV: 1 record, 1 paper',
    ]);
    expect(merged.papers).toHaveLength(1);
    expect(merged.problems.some((p) => /same paper as a\.bib/.test(p.message))).toBe(true);
  });

  it('reports progress through a large JSON-lines file and then the next file, ending at 1', async () => {
    const lines = [...arxivLines(createSynthetic({ papers: 8000, seed: 2 }), 2)].join('\n') + '\n';
    const enc = (t: string) => new TextEncoder().encode(t);
    const files = [
      { name: 'field.jsonl', bytes: enc(lines) },
      { name: 'b.bib', bytes: enc('@article{b, title={Stars}, author={Roe, Ann}, year=2021}\n') },
    ];
    const seen: number[] = [];
    const { merged } = await readFiles(files, '2026-11-30', (f) => seen.push(f));
    expect(merged.papers).toHaveLength(8001);
    // Several steps inside the 9 MB file (4 M-character pieces), never backwards, 1 at the end.
    const inside = seen.filter(
      (f) => f > 0 && f < files[0].bytes.length / (files[0].bytes.length + files[1].bytes.length),
    );
    expect(inside.length).toBeGreaterThanOrEqual(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
  });
});

const own = (path: string) => ({
  name: path.split('/').pop()!,
  bytes: new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url))),
});
const real = (name: string) => ({ name, bytes: realBytes(name) });

describe('one work, several records', () => {
  it('keeps ORCID works with different DOIs apart: 97 papers, six "Conditionality data"', async () => {
    const { merged, reports } = await readFiles([real('orcid_v3_works_0000-0003-1444-9135.json')]);
    expect(reports[0].summary).toMatch(/111 records, 97 papers$/);
    expect(merged.papers).toHaveLength(97);
    const conditionality = merged.papers.filter((p) => p.title === 'Conditionality data');
    expect(conditionality).toHaveLength(6);
    expect(new Set(conditionality.map((p) => p.links.doi?.toLowerCase())).size).toBe(6);
  });

  it('keeps a preprint and its journal version with different DOIs apart (OpenAlex, 50 works)', async () => {
    const { merged } = await readFiles([real('openalex_works_list_50_cursor.json')]);
    expect(merged.papers).toHaveLength(50);
    const valuing = merged.papers.filter((p) => /^Valuing Research Leads/i.test(p.title));
    expect(valuing.map((p) => p.links.doi).sort()).toEqual(['10.1086/262115', '10.2139/ssrn.200528']);
  });

  it('merges a record without a DOI into the one with it by title and year, and says so (ADS, 129)', async () => {
    const { merged } = await readFiles([real('bibtex_ads_astropy_v5_paper_129.bib')]);
    // 124 entries read (the reused key `pandas` holds two works); one pair merges.
    expect(merged.papers).toHaveLength(123);
    expect(merged.problems.map((p) => p.message)).toContain(
      '“Data Structures for Statistical Computing in Python” is the same paper as bibtex_ads_astropy_v5_paper_129.bib, line 85 (same title, same year 2010, and no DOI or arXiv id that differs); merged into one.',
    );
  });

  it('merges across files by DOI, arXiv id and title, never over two DOIs', async () => {
    const { merged } = await readFiles([
      own('csv/same-title-different-dois.csv'),
      own('bibtex/same-works-other-records.bib'),
    ]);
    expect(merged.papers.map((p) => [p.title, p.links.doi ?? p.links.arxiv])).toEqual([
      ['Conditionality data', '10.6084/m9.figshare.1097657.v1'],
      ['Conditionality data', '10.6084/m9.figshare.1097657.v2'],
      ['Conditionality data', '10.6084/m9.figshare.1097657.v3'],
      ['Galaxy shapes at high redshift', '2101.00001'],
      ['Galaxy shapes at high redshift', '10.48550/arXiv.2101.00002'],
    ]);
    const notes = merged.problems.filter((p) => p.message.includes('merged into one'));
    expect(
      notes.map((p) => [p.file, p.line, p.message.replace(/^.* \((.*)\); merged into one\.$/, '$1')]),
    ).toEqual([
      ['same-works-other-records.bib', 2, 'same DOI 10.6084/m9.figshare.1097657.v2'],
      ['same-works-other-records.bib', 9, 'same arXiv id 2101.00002'],
      ['same-works-other-records.bib', 16, 'same title, same year 2014, and no DOI or arXiv id that differs'],
    ]);
  });
});
