/**
 * The ASCII scan finds the very tokens the pattern finds: words, phrase breaks and dropped words,
 * in order, the same token objects, for texts built around the characters where the two could
 * differ (hyphens and apostrophes between words, whitespace around hyphens, punctuation runs,
 * capitals throughout).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachTokenMatched, eachTokenScanned, type Token } from '../../../src/lib/model/text-tokens';
import { AsciiWords, isAscii } from '../../../src/lib/model/ascii-tokens';

const tokens = (each: (text: string, visit: (t: Token | null) => void) => void, text: string) => {
  const out: (Token | null)[] = [];
  each(text, (t) => out.push(t));
  return out;
};

const pieces = fc.constantFrom(
  'Galaxy',
  'galaxies',
  'GALAXIES',
  'GaN',
  'CNN',
  'x',
  '12k',
  '2021',
  'data-sets',
  "Earth's",
  'rock-',
  "'",
  '-',
  '--',
  ' - ',
  ' -- ',
  ' ',
  '  ',
  '\n',
  '\t',
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  '(',
  ')',
  '[',
  ']',
  '"',
  '/',
  '|',
  '+',
  '=',
  '<',
  '*',
  '#',
  '&',
  '%',
  '@',
  '`',
  '\\',
  '\x01',
  '\x7f',
  'A',
  'B',
  'Z',
);
const asciiText = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));
const anyAscii = fc.string({
  unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)),
  maxLength: 80,
});

describe('the ASCII scan of a text', () => {
  it('gives the tokens and breaks the pattern gives, the same objects', () => {
    fc.assert(
      fc.property(fc.oneof(asciiText, anyAscii), (text) => {
        expect(tokens(eachTokenScanned, text)).toEqual(tokens(eachTokenMatched, text));
        const scanned = tokens(eachTokenScanned, text);
        tokens(eachTokenMatched, text).forEach((t, i) => expect(scanned[i]).toBe(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a shouted title in lower case, as the pattern does', () => {
    const text = 'DEEP LEARNING FOR GALAXY MORPHOLOGY';
    const keys = tokens(eachTokenScanned, text).map((t) => t && t.surface);
    expect(keys).toEqual(['deep', 'learning', 'for', 'galaxy', 'morphology', null]);
    expect(tokens(eachTokenScanned, text)).toEqual(tokens(eachTokenMatched, text));
  });

  it('tells ASCII from other text', () => {
    expect(isAscii('Plain text, 42 - ok\n')).toBe(true);
    expect(isAscii('Étude')).toBe(false);
    expect(isAscii('a – b')).toBe(false);
  });
});

describe('AsciiWords', () => {
  it('keeps one value per word across growth and finds it again by its codes', () => {
    let made = 0;
    const words = new AsciiWords((w: string) => ({ w, n: made++ }), 100_000);
    const list = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const first = list.map((w) => words.get(` ${w} `, 1, w.length + 1, false));
    const again = list.map((w) => words.get(`${w}.`, 0, w.length, false));
    again.forEach((v, i) => expect(v).toBe(first[i]));
    expect(made).toBe(5000);
    expect(words.get('QQ', 0, 2, true).w).toBe('qq');
    expect(words.get('qq', 0, 2, false).w).toBe('qq');
    expect(made).toBe(5001);
  });

  it('starts afresh past its limit', () => {
    let made = 0;
    const words = new AsciiWords((w: string) => ({ w, n: made++ }), 3);
    for (const w of ['a', 'b', 'c', 'd', 'a']) words.get(w, 0, 1, false);
    expect(made).toBe(5);
  });
});
