import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/lib/data/decode-text';
import { detectFormat } from '../../../src/lib/data/detect-format';
import { FORMAT_LABELS, parseText } from '../../../src/lib/data/parse-text';
import { realFixtures, realText } from '../../helpers/real-fixtures';

const fixture = (path: string) => new URL(`../../fixtures/${path}`, import.meta.url);

describe('plain prose pasted in (test/fixtures/text/prose.txt)', () => {
  const prose = readFileSync(fixture('text/prose.txt'), 'utf8');

  it('is no known format, though its lines have commas', () => {
    expect(detectFormat(prose, 'pasted text')).toBeNull();
    expect(detectFormat('One sentence, with a comma.', 'pasted text')).toBeNull();
    // Two lines with as many commas are still sentences, not a header and a row.
    expect(
      detectFormat(
        'I worked on galaxies, mostly, and on surveys.\nThis note, pasted by mistake, is prose.\n',
        'pasted text',
      ),
    ).toBeNull();
  });

  it('is refused as such, naming every format tried, not as a CSV without a title column', async () => {
    const r = await parseText(prose, { file: 'pasted text', asOf: '2026-11-26' });
    expect(r.format).toBe('unknown');
    expect(r.papers).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: 'pasted text', action: 'refused', code: 'unknown-format' });
    for (const label of Object.values(FORMAT_LABELS)) expect(r.problems[0].message).toContain(label);
    expect(r.problems[0].message).not.toMatch(/No title column/);
  });
});

describe('tables are still tables', () => {
  it('a header naming known columns, or rows of equal width, or a .csv name', () => {
    expect(detectFormat('Title,Authors,Year\nA,B,2020\n', 'pasted text')).toBe('csv');
    expect(detectFormat('name\tkind\nx\ty\nz\tw\n', 'pasted text')).toBe('csv');
    expect(detectFormat('anything at all\n', 'list.csv')).toBe('csv');
  });

  it('every shared real fixture is detected as before', () => {
    for (const name of realFixtures()) expect(detectFormat(realText(name), name), name).not.toBeNull();
  });
});

describe('a GBK-encoded .bib (test/fixtures/bibtex/gbk-encoded.bib)', () => {
  const bytes = new Uint8Array(readFileSync(fixture('bibtex/gbk-encoded.bib')));

  it('is refused at line 1 with a message that names neither the file nor the line', () => {
    const d = decodeBytes(bytes);
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.line).toBe(1);
    expect(d.message).toMatch(/^not valid UTF-8 \(byte 0x[0-9a-f]{2} at offset \d+\)/);
    expect(d.message).not.toContain('gbk.bib');
    expect(d.message).not.toMatch(/line \d/);
  });
});
