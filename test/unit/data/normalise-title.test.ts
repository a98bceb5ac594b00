/**
 * The reader's shortcut gives what the plain rule gives: titles in printable ASCII normalised
 * without Unicode passes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseTitle } from '../../../src/lib/data/paper';

const unicodeRule = (title: string) =>
  title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('normaliseTitle', () => {
  it('gives a printable ASCII title what the Unicode rule gives', () => {
    const ascii = fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    });
    fc.assert(
      fc.property(ascii, (title) => normaliseTitle(title) === unicodeRule(title)),
      { numRuns: 2000 },
    );
  });

  it('still folds accents and other scripts', () => {
    expect(normaliseTitle('Étude des  Galaxies — ΛCDM!')).toBe('etude des galaxies λcdm');
  });
});
