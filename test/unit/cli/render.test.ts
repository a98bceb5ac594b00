import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli';
import { realPath } from '../../helpers/real-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'rtd-render-'));
const PROFILE = 'data/profile-walmsley.txt';

const cli = runCli;

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('cli render', { timeout: 180_000 }, () => {
  for (const chart of ['timeline', 'categories', 'network']) {
    it(`renders ${chart} to SVG and PNG`, () => {
      const svg = join(dir, `${chart}.svg`);
      const r = cli('render', chart, PROFILE, '--out', svg, '--as-of', '2026-11-26');
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      const text = readFileSync(svg, 'utf8');
      expect(text).toMatch(
        /^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="(\d+)" height="(\d+)"/,
      );
      expect(text).toContain('Data: profile-walmsley.txt, as of 2026-11-26; filters: none</text>');
      expect(text).not.toMatch(/<script|<foreignObject|var\(--/);

      const [, w, h] = text.match(/width="(\d+)" height="(\d+)"/)!.map(Number);
      const png = join(dir, `${chart}.png`);
      expect(cli('render', chart, PROFILE, '--out', png, '--scale', '2', '--as-of', '2026-11-26').code).toBe(
        0,
      );
      expect(pngSize(png)).toEqual([w * 2, h * 2]);
    });
  }

  it('renders the trend views with their own specs', () => {
    for (const chart of ['category-trends', 'code-availability', 'collaboration', 'terms']) {
      const svg = join(dir, `${chart}.svg`);
      const r = cli('render', chart, PROFILE, '--out', svg, '--as-of', '2026-11-26', '--from', '2021');
      expect(r.code, r.err).toBe(0);
      expect(readFileSync(svg, 'utf8')).toContain('filters: 2021–2026</text>');
    }
  });

  it('renders a view by the name it had before', () => {
    const before = join(dir, 'before.svg');
    const now = join(dir, 'now.svg');
    expect(cli('render', 'code-share', PROFILE, '--out', before, '--as-of', '2026-11-26').code).toBe(0);
    expect(cli('render', 'code-availability', PROFILE, '--out', now, '--as-of', '2026-11-26').code).toBe(0);
    expect(readFileSync(before, 'utf8')).toBe(readFileSync(now, 'utf8'));
  });

  it('renders a 1920×1080 slide at the requested scale', () => {
    const png = join(dir, 'slide.png');
    const r = cli(
      'render',
      'network',
      PROFILE,
      '--out',
      png,
      '--width',
      '1920',
      '--height',
      '1080',
      '--scale',
      '1',
    );
    expect(r.code).toBe(0);
    expect(pngSize(png)).toEqual([1920, 1080]);
    const half = join(dir, 'slide-half.png');
    cli(
      'render',
      'timeline',
      PROFILE,
      '--out',
      half,
      '--width',
      '1920',
      '--height',
      '1080',
      '--scale',
      '0.5',
    );
    expect(pngSize(half)).toEqual([960, 540]);
  });

  it('applies the URL filters: the picture and the source line change', () => {
    const all = join(dir, 'cat-all.svg');
    const some = join(dir, 'cat-some.svg');
    cli('render', 'categories', PROFILE, '--out', all, '--as-of', '2026-11-26');
    const r = cli(
      'render',
      'categories',
      PROFILE,
      '--out',
      some,
      '--as-of',
      '2026-11-26',
      '--from',
      '2021',
      '--to',
      '2022',
      '--author',
      'Anna Scaife',
    );
    expect(r.code).toBe(0);
    const [a, b] = [readFileSync(all, 'utf8'), readFileSync(some, 'utf8')];
    expect(a).not.toBe(b);
    expect(b).toContain('filters: 2021–2022, Anna M. M. Scaife</text>');
    // astro-ph.GA: 2 of its 7 papers are Scaife's in 2021–2022.
    expect(b).toContain('>2 / 7</text>');
    expect(a).toContain('>7</text>');
  });

  it('uses the dark theme’s colours when asked', () => {
    const svg = join(dir, 'dark.svg');
    cli('render', 'timeline', PROFILE, '--out', svg, '--theme', 'dark');
    expect(readFileSync(svg, 'utf8')).toContain('fill="#171b21"');
  });

  it('names ignored filters on stderr and still renders', () => {
    const r = cli('render', 'timeline', PROFILE, '--out', join(dir, 'x.svg'), '--cat', 'nope.XX');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Ignored category “nope\.XX”/);
  });

  it('exits 1 with usage for a wrong chart, option or output', () => {
    for (const args of [
      ['render', 'pie', PROFILE, '--out', 'x.svg'],
      ['render', 'timeline', PROFILE, '--out', 'x.jpg'],
      ['render', 'timeline', PROFILE, '--out', 'x.svg', '--width', 'wide'],
      ['render', 'timeline', PROFILE, '--out', 'x.svg', '--colour', 'red'],
      ['render', 'timeline', PROFILE],
    ]) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err).toMatch(/Usage/);
    }
  });

  it('exits 2 for a file that yields no paper', () => {
    const r = cli('render', 'timeline', 'README.md', '--out', join(dir, 'none.svg'));
    expect(r.code).toBe(2);
  });

  it('renders citations from per-year counts, filtered by a citing year, and says why it cannot from totals only', () => {
    const works = realPath('openalex_works_list_50_cursor.json');
    const svg = join(dir, 'citations.svg');
    const r = cli('render', 'citations', works, '--out', svg, '--as-of', '2026-11-26', '--cited', '2018');
    expect(r.code).toBe(0);
    const text = readFileSync(svg, 'utf8');
    expect(text).toContain('filters: Cited in 2018</text>');
    expect(text).toContain('>h 35</text>');
    // Stacked by the list's default grouping, OpenAlex's fields.
    expect(text).toContain('Environmental Science');
    const byCategory = join(dir, 'citations-by-category.svg');
    expect(cli('render', 'citations', works, '--out', byCategory, '--group', 'category').code).toBe(0);
    expect(readFileSync(byCategory, 'utf8')).toContain('Conservation, Biodiversity, and Resource Management');

    const s2 = cli('render', 'citations', realPath('s2_author_with_papers_turing.json'), '--out', svg);
    expect(s2.code).toBe(2);
    expect(s2.err).toContain(
      'cannot render citations: no paper has citations per year (its source gives totals only)',
    );
    const bundled = cli('render', 'citations', PROFILE, '--out', svg, '--as-of', '2026-11-26');
    expect(bundled.code).toBe(2);
    expect(bundled.err).toContain('only the profile header gives totals (h-index 41, Citations 360');
  });
});
