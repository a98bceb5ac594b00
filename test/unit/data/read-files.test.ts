import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readFiles, readOne } from '../../../src/lib/data/read-files';

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
});
