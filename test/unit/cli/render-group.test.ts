import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realPath } from '../../helpers/real-fixtures';

const root = new URL('../../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'rtd-render-group-'));
const BIB = realPath('ads_export_bibtex_24_mixed_doctypes.bib');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cli render --group', { timeout: 180_000 }, () => {
  it('draws the categories view by venue, the papers without one named, and filters by a venue group', () => {
    const svg = join(dir, 'categories-venue.svg');
    const r = cli('render', 'categories', BIB, '--out', svg, '--as-of', '2026-11-26', '--group', 'venue');
    expect(r.code, r.err).toBe(0);
    const text = readFileSync(svg, 'utf8');
    expect(text).toContain('>No venue<');
    expect(text).toContain('>Physical Review Letters<');

    const filtered = join(dir, 'timeline-no-venue.svg');
    const f = cli('render', 'timeline', BIB, '--out', filtered, '--as-of', '2026-11-26', '--venue', '(none)');
    expect(f.code, f.err).toBe(0);
    expect(readFileSync(filtered, 'utf8')).toContain('filters: Venue: No venue</text>');
  });

  it('says which kinds there are when --group names none', () => {
    const r = cli(
      'render',
      'categories',
      BIB,
      '--out',
      join(dir, 'x.svg'),
      '--as-of',
      '2026-11-26',
      '--group',
      'colour',
    );
    expect(r.err).toContain('Ignored “group=colour”: use one of category, field, venue, keyword, type.');
  });
});
