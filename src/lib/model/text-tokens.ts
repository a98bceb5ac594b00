/**
 * Text → tokens for terms: LaTeX stripped, accents folded, split into phrase segments at
 * punctuation, and every word reduced to a singular key ("galaxies" → `galaxy`) by a few plural
 * rules (no stemmer, so keys stay words). Terms, trends and the `term` filter all read text here.
 */
import { AsciiWords, eachAsciiWord, isAscii } from './ascii-tokens';

export interface Token {
  /** Singular, lower-case, accents folded, hyphens removed: `galaxy`, `dataset` (from "data-sets"). */
  key: string;
  /**
   * As written, lower-cased unless a capital follows the first letter of a part ("CNN", "GaN",
   * "LEDs", "pH" keep theirs; "Galaxies" in Title Case becomes "galaxies").
   */
  surface: string;
  /**
   * This token's number, one per token made (tokens are shared per written word), so a term
   * dictionary finds its ids in an array rather than a map of objects; -1 for a dropped word.
   */
  n: number;
}

/** Singular forms the rules below would get wrong. */
const IRREGULAR: Record<string, string> = {
  spectra: 'spectrum',
  indices: 'index',
  matrices: 'matrix',
  vertices: 'vertex',
  criteria: 'criterion',
  phenomena: 'phenomenon',
  nuclei: 'nucleus',
  radii: 'radius',
  analyses: 'analysis',
  hypotheses: 'hypothesis',
  theses: 'thesis',
  axes: 'axis',
  maxima: 'maximum',
  minima: 'minimum',
  children: 'child',
};
/** Words ending in "s" that are not plurals. */
const INVARIANT = new Set(
  'series species lens bias news chaos cosmos atlas canvas always perhaps various'.split(' '),
);

/** The singular of a lower-case word by simple English plural rules; non-plurals unchanged. */
export function singular(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (word.length <= 3 || INVARIANT.has(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(?:x|ch|sh|z)es$/.test(word)) return word.slice(0, -2);
  if (/(?:ss|us|is|ics|ous)$/.test(word)) return word;
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

const LATEX_CHARS = /[$\\{}^_~]/;

/** Removes LaTeX: math (`$\sim 9000$`) and unknown commands dropped, `\emph{x}` kept as x. */
export function stripLatex(text: string): string {
  // Most abstracts have none of LaTeX's characters: four passes over them would find nothing.
  if (!LATEX_CHARS.test(text)) return text;
  return text
    .replace(/\$\$[\s\S]*?\$\$|\$[^$]*\$|\\\([\s\S]*?\\\)|\\\[[\s\S]*?\\\]/g, ' ')
    .replace(/\\(?:emph|text\w*|math(?:rm|it|bf)|mbox|underline)\s*\{([^{}]*)\}/g, '$1')
    .replace(/\\[a-zA-Z]+\*?|\\./g, ' ')
    .replace(/[{}^_~]/g, ' ');
}

/** Stands in for a dropped word. */
const BREAK: Token = { key: '', surface: '', n: -1 };
/**
 * A word (group 1), or punctuation that ends a phrase segment. One pass finds both: a word starts
 * with a letter or digit and a break never does, and a word's hyphen has no space beside it.
 */
const WORD_OR_BREAK = /([\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*)|[.,;:!?()[\]"“”«»/|•–—]+|\s-+\s/gu;

// Words repeat across papers: each written form is tokenised once (bounded, for huge collections).
const memo = new Map<string, Token | null>();
const MEMO_LIMIT = 500_000;

/** The key and surface of one written word, or null for numbers, units ("12k") and single letters. */
export function wordToken(raw: string): Token | null {
  let token = memo.get(raw);
  if (token === undefined) {
    if (memo.size >= MEMO_LIMIT) {
      memo.clear();
      asciiWords.clear();
    }
    memo.set(raw, (token = tokenOf(raw)));
  }
  return token;
}

/** The same tokens, found by the ASCII path without making a string per word. */
const asciiWords = new AsciiWords<Token>((word) => wordToken(word) ?? BREAK, MEMO_LIMIT);

let made = 0;

function tokenOf(raw: string): Token | null {
  const word = raw.replace(/['’]s$/u, '');
  const folded = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if ((folded.match(/\p{L}/gu)?.length ?? 0) < 2) return null;
  const parts = folded.split(/['’-]/);
  parts[parts.length - 1] = singular(parts[parts.length - 1]);
  return { key: parts.join(''), surface: writtenCase(word), n: made++ };
}

/**
 * The word as written when its capitals mean something (a capital after the first letter of a
 * part: an acronym or a formula such as GaN, GaAs), else in lower case: a capital that only
 * starts a word is Title Case or a sentence start, not the word's spelling.
 */
function writtenCase(word: string): string {
  return word.split(/['’-]/).some((part) => /\p{L}\p{Lu}/u.test(part)) ? word : word.toLowerCase();
}

/**
 * A text in capitals throughout (a title typed in capitals): its capitals say nothing about how
 * a word is spelled, so its words are read in lower case. A few capitals alone ("SDSS DR7") are
 * not a shouted text.
 */
export function isShouted(text: string): boolean {
  return !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 3;
}

/**
 * The tokens of a text in order, `null` where a phrase segment ends (punctuation; also at the
 * end of a segment that ends the text). A dropped word (a number, "12k") is a token with an empty
 * key: it keeps its place, so phrases never jump over it.
 */
export function eachToken(text: string, visit: (token: Token | null) => void): void {
  const plain = stripLatex(text);
  if (isAscii(plain)) eachTokenScanned(plain, visit);
  else eachTokenMatched(plain, visit);
}

/** `eachToken` of a text without LaTeX, by the pattern: the rule, for any text. */
export function eachTokenMatched(plain: string, visit: (token: Token | null) => void): void {
  const shouted = isShouted(plain);
  let open = false;
  WORD_OR_BREAK.lastIndex = 0;
  for (let m = WORD_OR_BREAK.exec(plain); m; m = WORD_OR_BREAK.exec(plain)) {
    const word = m[1];
    if (word === undefined) {
      if (open) visit(null);
      open = false;
      continue;
    }
    open = true;
    visit(wordToken(shouted ? word.toLowerCase() : word) ?? BREAK);
  }
  if (open) visit(null);
}

/** `eachToken` of an ASCII text without LaTeX, by a scan of its codes: the same tokens, quicker. */
export function eachTokenScanned(plain: string, visit: (token: Token | null) => void): void {
  let open = false;
  eachAsciiWord(plain, isShouted(plain), asciiWords, (t) => {
    if (t) visit(t);
    else if (open) visit(null);
    open = t !== null;
  });
  if (open) visit(null);
}

/** Phrase segments of a text: runs of word tokens between punctuation. */
export function segments(text: string): Token[][] {
  const out: Token[][] = [];
  let tokens: Token[] = [];
  eachToken(text, (t) => {
    if (t) tokens.push(t);
    else {
      out.push(tokens);
      tokens = [];
    }
  });
  return out;
}
