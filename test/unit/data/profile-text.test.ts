import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfileText } from '../../../src/lib/data/profile-text';

const seed = readFileSync(new URL('../../../data/profile-walmsley.txt', import.meta.url), 'utf8');
const parse = (text: string, asOf = '2026-11-26') => parseProfileText(text, { file: 'p.txt', asOf });

describe('profile-page text on the bundled seed', () => {
  const r = parse(seed);

  it('reads all 16 papers with no problems', () => {
    expect(r.papers).toHaveLength(16);
    expect(r.records).toBe(16);
    expect(r.problems).toEqual([]);
  });

  it('reads the header: name, metrics as label + value, declared count, headline category', () => {
    expect(r.profile?.name).toBe('Mike Walmsley');
    expect(r.profile?.metrics).toEqual([
      { label: 'h-index', value: 41, unit: '' },
      { label: 'Papers', value: 16, unit: '' },
      { label: 'Citations', value: 360, unit: '' },
      { label: 'Novelty', value: 37, unit: '%' },
      { label: 'AI Score', value: 41, unit: '' },
    ]);
    expect(r.profile?.declaredPapers).toBe(16);
    expect(r.profile?.mainCategory).toBe('astro-ph.GA');
    expect(r.profile?.asOf).toBe('2026-11-26');
  });

  it('resolves every two-letter code, guessing ambiguous ones by the profile majority', () => {
    const counts: Record<string, number> = {};
    for (const p of r.papers) counts[p.categories[0]] = (counts[p.categories[0]] ?? 0) + 1;
    expect(counts).toEqual({
      'astro-ph.GA': 7,
      'astro-ph.IM': 2,
      'astro-ph.CO': 1,
      'cs.CV': 2,
      'cs.CL': 1,
      'cs.LG': 2,
      'cs.HC': 1,
    });
    const guessed = new Set(r.papers.flatMap((p) => p.guessedCategories));
    expect([...guessed].sort()).toEqual(['astro-ph.CO', 'cs.CV']);
  });

  it('infers the year of "Feb 20" from the as-of date and marks it', () => {
    const p = r.papers.find((x) => x.title.startsWith('Spatio-Spectroscopic'))!;
    expect(p.date).toBe('2026-02-20');
    expect(p.yearInferred).toBe(true);
    expect(r.papers.filter((x) => x.yearInferred)).toHaveLength(1);
  });

  it('puts a month-day after the as-of date in the year before', () => {
    const late = parse(seed, '2026-02-10').papers.find((x) => x.title.startsWith('Spatio'))!;
    expect(late.date).toBe('2025-02-20');
  });

  it('reads the Code marker, et al. truncation and non-ASCII names', () => {
    const sparks = r.papers.find((x) => x.title.startsWith('Sparks of Science'))!;
    expect(sparks.hasCode).toBe(true);
    expect(sparks.categories).toEqual(['cs.CL']);
    expect(sparks.authors).toEqual(["Charles O'Neill", 'Tirthankar Ghosal', 'Roberta Răileanu']);
    expect(sparks.authorsTruncated).toBe(true);
    expect(r.papers.filter((x) => x.hasCode)).toHaveLength(1);
    expect(r.papers.filter((x) => x.authorsTruncated)).toHaveLength(14);
    const spiral = r.papers.find((x) => x.title.startsWith('Deep Learning Segmentation'))!;
    expect(spiral.authors).toEqual(['Mike Walmsley', 'Ashley Spindler']);
    expect(spiral.authorsTruncated).toBe(false);
  });

  it('keeps abstracts with their LaTeX as text and gives stable, unique ids', () => {
    const p = r.papers.find((x) => x.title.startsWith('Spatio'))!;
    expect(p.abstract).toContain('$\\sim 9000$');
    expect(new Set(r.papers.map((x) => x.id)).size).toBe(16);
    expect(parse(seed).papers.map((x) => x.id)).toEqual(r.papers.map((x) => x.id));
  });

  it('records where each paper came from', () => {
    expect(r.papers[0].source).toEqual({ file: 'p.txt', line: 12 });
  });
});

describe('profile-page text, malformed', () => {
  const header = 'Jane Doe\n\nh-index3\n2papers\n\n2 Papers\n\n';
  const good = 'GAApr 19, 2022\n\nA good title\n\nJane Doe, John Roe\n\nAbstract.\n\n';

  it('reports a missing title with its line and keeps the rest', () => {
    const r = parse(
      header + good + 'GAMay 1, 2023\n\nJane Doe, John Roe et al.\n\nAn abstract without a title.\n',
    );
    expect(r.papers).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ line: 18, action: 'skipped' });
    expect(r.problems[0].message).toMatch(/missing its title/);
    expect(r.problems.at(-1)?.message).toMatch(/header says 2 papers but 1 were read/);
  });

  it('reports a garbage date with its line', () => {
    const r = parse(
      header + good + 'GAFeb 31, 2023\n\nTitle\n\nA. B, C. D\n\nText\n\nCVXyz 2023\n\nT2\n\nA. B\n',
    );
    expect(r.papers).toHaveLength(1);
    expect(r.problems.map((p) => p.line)).toEqual([16, 24, 6]);
    expect(r.problems[0].message).toMatch(/not a date/);
    expect(r.problems[1].message).toMatch(/Date not understood/);
  });

  it('keeps a paper with an unknown code, without a category', () => {
    const r = parse(header + good + 'ZZApr 1, 2022\n\nOther title\n\nJane Doe, Max Mustermann\n\nText.\n');
    expect(r.papers).toHaveLength(2);
    expect(r.papers[1].categories).toEqual([]);
    expect(r.problems[0]).toMatchObject({ line: 16, action: 'repaired' });
    expect(r.problems[0].message).toMatch(/Unknown category code "ZZ"/);
  });

  it('refuses an empty file', () => {
    const r = parse('  \n\n');
    expect(r.papers).toEqual([]);
    expect(r.problems[0].message).toMatch(/empty/);
  });

  it('refuses a file of another format', () => {
    const r = parse('@article{key,\n  title = {A title},\n  year = 2020\n}\n');
    expect(r.papers).toEqual([]);
    expect(r.problems[0].message).toMatch(/does not look like a profile page/);
  });
});
