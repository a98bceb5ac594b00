/**
 * Fuzzing every parser through the app's one entry point (detect + parse) with mutated real
 * fixtures: characters deleted, inserted or replaced, lines duplicated, the file cut short. No input
 * may throw, and every problem must say where it is. Seeded, so a failure is reproducible; a seed
 * that ever fails goes into REGRESSION_SEEDS and is replayed forever.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/lib/data/detect-format';
import { parseText } from '../../../src/lib/data/parse-text';
import { REAL_DIR, realFixtures } from '../../helpers/real-fixtures';

const fixtures = [
  ...realFixtures().map((f) => new URL(f, REAL_DIR).href),
  // The bundled profile-page text: the one format without a shared fixture.
  new URL('../../../data/profile-walmsley.txt', import.meta.url).href,
];
const REGRESSION_SEEDS: number[] = [];
const RUNS = 12;

type Edit = { at: number; kind: 'delete' | 'insert' | 'replace' | 'dup-line' | 'cut'; text: string };

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x),
  kind: fc.constantFrom<Edit['kind']>('delete', 'insert', 'replace', 'dup-line', 'cut'),
  text: fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('{', '}', '"', ',', '\n', '@', '<', '>', '\\', '[', ']', '\u0000', '\uFFFD', '}}}}'),
  ),
}) as fc.Arbitrary<Edit & { at: number }>;

function apply(text: string, edits: (Edit & { at: number })[]): string {
  let t = text;
  for (const e of edits) {
    const i = Math.floor(e.at * t.length);
    if (e.kind === 'delete') t = t.slice(0, i) + t.slice(i + 1 + (e.text.length % 50));
    else if (e.kind === 'insert') t = t.slice(0, i) + e.text + t.slice(i);
    else if (e.kind === 'replace') t = t.slice(0, i) + e.text + t.slice(i + e.text.length);
    else if (e.kind === 'cut') t = t.slice(0, i);
    else {
      const start = t.lastIndexOf('\n', i) + 1;
      const end = t.indexOf('\n', i);
      const line = t.slice(start, end < 0 ? t.length : end);
      t = t.slice(0, start) + line + '\n' + t.slice(start);
    }
  }
  return t;
}

describe('parsers survive mutated real fixtures', () => {
  it.each(fixtures)('%s', async (href) => {
    const name = href.split('/').pop()!;
    const text = readFileSync(new URL(href), 'utf8');
    // The original file's format, forced: mutations must reach the parser, not stop at detection.
    const format = detectFormat(text, name) ?? undefined;
    expect(format).toBeDefined();
    const check = async (edits: (Edit & { at: number })[]) => {
      const r = await parseText(apply(text, edits), { file: name, asOf: '2026-11-26', format });
      for (const p of r.problems) {
        expect(p.file).toBe(name);
        expect(typeof p.message).toBe('string');
      }
      for (const p of r.papers) expect(typeof p.title).toBe('string');
    };
    for (const seed of [20261130, ...REGRESSION_SEEDS]) {
      await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), check), {
        seed,
        numRuns: RUNS,
      });
    }
  });
});
