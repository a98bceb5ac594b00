import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/data/csv';
import type { Problem } from '../../../src/lib/data/paper';
import { groupProblems, placesOf, problemPlace } from '../../../src/lib/data/problem-groups';
import { PROBLEM_KINDS } from '../../../src/lib/data/problem-kinds';
import { parseSemanticScholar } from '../../../src/lib/data/semantic-scholar';
import { realText } from '../../helpers/real-fixtures';

const own = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
const at = (line: number, message: string, code?: string): Problem => ({
  file: 'f.bib',
  line,
  message,
  action: 'noted',
  ...(code ? { code } : {}),
});

describe('a CSV with 55 rows one cell longer than the header (test/fixtures/csv/extra-cells-55.csv)', () => {
  const r = parseCsv(own('csv/extra-cells-55.csv'), { file: 'long.csv', asOf: '2026-11-26' });

  it('is one group saying how many, where and what was done, opening to the 55', () => {
    expect(r.problems).toHaveLength(55);
    const groups = groupProblems(r.problems);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      file: 'long.csv',
      place: 'long.csv',
      action: 'repaired',
      text: '55 rows have one cell more than the header: lines 2–56 — the last cell was dropped',
    });
    expect(groups[0].problems).toEqual(r.problems);
  });
});

describe('groupProblems', () => {
  it('keeps a lone problem as it is, placed by file and line', () => {
    const p = at(3, 'Undefined @string macro "foo" in field "journal" of "a"; read as empty.');
    expect(groupProblems([p])).toEqual([
      {
        key: expect.any(String),
        file: 'f.bib',
        action: 'noted',
        problems: [p],
        place: 'f.bib, line 3',
        text: p.message,
      },
    ]);
  });

  it('groups by code even when the messages differ, and by masked numbers without a code', () => {
    const problems = [
      at(4, '"A" has no year or date; kept without a date.', 'no-date'),
      at(9, 'Column 3 has no header; ignored.'),
      at(5, '"B" has no year or date; kept without a date.', 'no-date'),
      at(9, 'Column 7 has no header; ignored.'),
      { ...at(2, 'Column 2 has no header; ignored.'), file: 'other.csv' },
    ];
    const groups = groupProblems(problems);
    expect(groups.map((g) => [g.place, g.text])).toEqual([
      ['f.bib', '2 records have no year or date: lines 4–5 — kept without a date'],
      ['f.bib', '2 similar problems: line 9 — the first: Column 3 has no header; ignored.'],
      ['other.csv, line 2', 'Column 2 has no header; ignored.'],
    ]);
  });

  it('lists places as runs, records apart from lines, and says how many more past six runs', () => {
    const lines = [1, 2, 3, 5, 7, 9, 11, 13, 14, 20].map((n) => at(n, 'x'));
    expect(placesOf(lines)).toBe('lines 1–3, 5, 7, 9, 11, 13–14 and 1 more');
    const records = [3, 1, 2].map((record): Problem => ({
      file: 'f',
      record,
      message: 'x',
      action: 'noted',
    }));
    expect(placesOf([...records, at(8, 'x')])).toBe('line 8; records 1–3');
    expect(problemPlace({ file: 'f', message: 'x', action: 'noted' })).toBe('f');
  });

  it('turns 100 "no year" notes of a real Semantic Scholar list into one line', () => {
    const s2 = JSON.parse(realText('s2_author_with_papers_turing.json'));
    const papers = Array.from({ length: 100 }, (_, i) => ({
      ...s2.papers[0],
      paperId: `p${i}`,
      year: null,
      publicationDate: null,
      title: `Paper ${i}`,
    }));
    const r = parseSemanticScholar(JSON.stringify({ ...s2, papers }), {
      file: 's2.json',
      asOf: '2026-11-26',
    });
    const groups = groupProblems(r.problems.filter((p) => p.code === 'no-date'));
    expect(groups.map((g) => g.text)).toEqual([
      '100 records have no year or date: records 1–100 — kept without a date',
    ]);
  });

  it('does not modify its input', () => {
    const problems = [at(2, 'a', 'no-title'), at(1, 'b', 'no-title')];
    const copy = structuredClone(problems);
    groupProblems(problems);
    expect(problems).toEqual(copy);
  });

  it('has a sentence for every code the parsers give more than once a file', () => {
    const sources = import.meta.glob('../../../src/lib/data/*.ts', {
      query: '?raw',
      eager: true,
      import: 'default',
    });
    const used = new Set(
      Object.values(sources).flatMap((text) =>
        [...String(text).matchAll(/code: '([a-z-]+)'|'(date-not-understood)'/g)].map((m) => m[1] ?? m[2]),
      ),
    );
    used.delete('unknown-format'); // once a file at most
    expect(used.size).toBeGreaterThanOrEqual(10);
    for (const code of used) expect(PROBLEM_KINDS[code]?.many(2), code).toMatch(/^2 /);
  });
});
