/**
 * The tokeniser's path for texts in ASCII (most abstracts): the same words and breaks as
 * `WORD_OR_BREAK` in text-tokens.ts, found by a scan of character codes, and each word's token
 * found by a hash of those codes in a table of the words seen — no match object, no substring and
 * no string hash per word. Only a word not seen before becomes a string, and its token comes from
 * the tokeniser's own rule (`tokenOf`), so both paths give the very same tokens. Tokenising was
 * some 40% of counting a field's terms this way (docs/performance.md).
 */

/** Characters below 128 only (nothing from 128 to 0xffff, which covers surrogates too). */
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;

export function isAscii(text: string): boolean {
  return ASCII_ONLY.test(text);
}

/** Per ASCII code: 1 a letter or digit, 2 a break (punctuation that ends a phrase segment), 4 whitespace. */
const KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9]/.test(ch)) KIND[c] = 1;
  else if ('.,;:!?()[]"/|'.includes(ch)) KIND[c] = 2;
  else if (/\s/.test(ch)) KIND[c] = 4;
}
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;

/** True for an ASCII whitespace code (as `\s` matches below 128). */
export function isAsciiSpace(code: number): boolean {
  return KIND[code] === 4;
}

/** Written words (as looked up: lower-cased in a shouted text) → their tokens. */
export class AsciiWords<T> {
  #mask = 1023;
  #hashes = new Int32Array(1024);
  #keys: (string | undefined)[] = new Array(1024);
  #values: T[] = new Array(1024);
  #size = 0;

  constructor(
    private readonly tokenOf: (word: string) => T,
    private readonly limit: number,
  ) {}

  clear(): void {
    this.#mask = 1023;
    this.#hashes = new Int32Array(1024);
    this.#keys = new Array(1024);
    this.#values = new Array(1024);
    this.#size = 0;
  }

  /** The token of `text[from, to)`, lower-cased first when `lower`. */
  get(text: string, from: number, to: number, lower: boolean): T {
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) {
      let c = text.charCodeAt(i);
      if (lower && c >= 65 && c <= 90) c += 32;
      h = Math.imul(h ^ c, 0x01000193);
    }
    const mask = this.#mask;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const key = this.#keys[slot];
      if (key === undefined) break;
      if (this.#hashes[slot] === h && same(key, text, from, to, lower)) return this.#values[slot];
    }
    const word = lower ? text.slice(from, to).toLowerCase() : text.slice(from, to);
    const value = this.tokenOf(word);
    if (this.#size >= this.limit) this.clear();
    this.#put(h, word, value);
    return value;
  }

  #put(h: number, key: string, value: T): void {
    if (++this.#size * 2 > this.#mask) this.#grow();
    const mask = this.#mask;
    let slot = h & mask;
    while (this.#keys[slot] !== undefined) slot = (slot + 1) & mask;
    this.#hashes[slot] = h;
    this.#keys[slot] = key;
    this.#values[slot] = value;
  }

  #grow(): void {
    const [hashes, keys, values] = [this.#hashes, this.#keys, this.#values];
    const size = (this.#mask + 1) * 2;
    this.#mask = size - 1;
    this.#hashes = new Int32Array(size);
    this.#keys = new Array(size);
    this.#values = new Array(size);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === undefined) continue;
      let slot = hashes[i] & this.#mask;
      while (this.#keys[slot] !== undefined) slot = (slot + 1) & this.#mask;
      this.#hashes[slot] = hashes[i];
      this.#keys[slot] = keys[i];
      this.#values[slot] = values[i];
    }
  }
}

function same(key: string, text: string, from: number, to: number, lower: boolean): boolean {
  if (key.length !== to - from) return false;
  for (let i = 0; i < key.length; i++) {
    let c = text.charCodeAt(from + i);
    if (lower && c >= 65 && c <= 90) c += 32;
    if (c !== key.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Visits the words (their tokens from `words`) and breaks (null) of an ASCII text, as the regex
 * path finds them: a word is letters and digits joined by single hyphens or apostrophes; a break
 * is a run of `.,;:!?()[]"/|`, or hyphens with whitespace on both sides; anything else is skipped.
 */
export function eachAsciiWord<T>(
  text: string,
  lower: boolean,
  words: AsciiWords<T>,
  visit: (word: T | null) => void,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const kind = KIND[text.charCodeAt(i)];
    if (kind === 1) {
      const from = i;
      i++;
      for (;;) {
        while (i < n && KIND[text.charCodeAt(i)] === 1) i++;
        const c = i + 1 < n ? text.charCodeAt(i) : -1;
        if ((c === HYPHEN || c === APOSTROPHE) && KIND[text.charCodeAt(i + 1)] === 1) i += 2;
        else break;
      }
      visit(words.get(text, from, i, lower));
    } else if (kind === 2) {
      while (i < n && KIND[text.charCodeAt(i)] === 2) i++;
      visit(null);
    } else if (kind === 4 && text.charCodeAt(i + 1) === HYPHEN) {
      let j = i + 1;
      while (text.charCodeAt(j) === HYPHEN) j++;
      if (j < n && KIND[text.charCodeAt(j)] === 4) {
        i = j + 1;
        visit(null);
      } else i++;
    } else i++;
  }
}
