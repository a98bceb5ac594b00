import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readFiles, readOne } from '../../../src/lib/data/read-files';
import { createSynthetic } from '../../../src/lib/model/synthetic';
import { arxivLines } from '../../../src/lib/model/synthetic-record';

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
