import { describe, expect, it } from 'vitest';
import { defuseCell, papersToCsv } from '../../../src/lib/export/csv-export';
import { makePaper } from '../../../src/lib/data/paper';

describe('CSV exports resist formula injection', () => {
  it('prefixes cells a spreadsheet would evaluate', () => {
    for (const bad of ['=HYPERLINK("http://x")', '+1+1', '-2', '@SUM(A1)', '\tx'])
      expect(defuseCell(bad)).toBe(`'${bad}`);
    expect(defuseCell('A title')).toBe('A title');
    expect(defuseCell(2020)).toBe(2020);
  });

  it('applies to titles and authors in the papers CSV', () => {
    const csv = papersToCsv([makePaper({ title: '=cmd|calc', authors: ['@evil'], source: { file: 'x' } })]);
    expect(csv).toContain(`'=cmd|calc`);
    expect(csv).toContain(`'@evil`);
  });
});
