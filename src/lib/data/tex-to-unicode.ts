/**
 * TeX markup in BibTeX field values to plain Unicode text: accents (`{\"o}`, `\'{e}`, `\v Z`),
 * special letters (`{\ss}`, `\o`), dashes and quotes (`--`, ` `` `), ties (`~`), escaped symbols
 * (`\&`) and formatting commands (`\emph{x}` → `x`). Case-protecting braces are dropped.
 *
 * One pass over the text with no recursion, so deeply nested braces cost nothing extra: an accent
 * waits, pending, for the next letter instead of parsing its argument as a group.
 */

/** Accent commands to Unicode combining marks (composed with NFC at the end). */
const ACCENTS: Record<string, string> = {
  '"': '\u0308',
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030C',
  H: '\u030B',
  c: '\u0327',
  k: '\u0328',
  r: '\u030A',
  d: '\u0323',
  b: '\u0331',
  t: '\u0361',
};

/** Control words that stand for text. Also used in math mode, so symbols live here too. */
const WORDS: Record<string, string> = {
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  j: 'ȷ',
  dh: 'ð',
  DH: 'Ð',
  th: 'þ',
  TH: 'Þ',
  ng: 'ŋ',
  NG: 'Ŋ',
  dj: 'đ',
  DJ: 'Đ',
  textendash: '–',
  textemdash: '—',
  ldots: '…',
  dots: '…',
  textellipsis: '…',
  slash: '/',
  hyphen: '-',
  textquoteleft: '‘',
  textquoteright: '’',
  textquotedblleft: '“',
  textquotedblright: '”',
  guillemotleft: '«',
  guillemotright: '»',
  textregistered: '®',
  texttrademark: '™',
  textcopyright: '©',
  copyright: '©',
  S: '§',
  P: '¶',
  pounds: '£',
  euro: '€',
  textdegree: '°',
  degree: '°',
  textasciitilde: '~',
  textasciicircum: '^',
  textbackslash: '\\',
  textunderscore: '_',
  textbar: '|',
  textless: '<',
  textgreater: '>',
  nobreakspace: ' ',
  quad: ' ',
  qquad: ' ',
  TeX: 'TeX',
  LaTeX: 'LaTeX',
  BibTeX: 'BibTeX',
  sim: '∼',
  simeq: '≃',
  approx: '≈',
  pm: '±',
  mp: '∓',
  times: '×',
  cdot: '·',
  odot: '⊙',
  sun: '☉',
  oplus: '⊕',
  earth: '⊕',
  lesssim: '≲',
  gtrsim: '≳',
  la: '≲',
  ga: '≳',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  ll: '≪',
  gg: '≫',
  ne: '≠',
  neq: '≠',
  infty: '∞',
  propto: '∝',
  prime: '′',
  rightarrow: '→',
  to: '→',
  leftarrow: '←',
  deg: '°',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  iota: 'ι',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  upsilon: 'υ',
  phi: 'φ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Xi: 'Ξ',
  Pi: 'Π',
  Sigma: 'Σ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
};

/** Control symbols (`\&`) to text; `\-` (hyphenation hint) and `\/` (italic correction) vanish. */
const SYMBOLS: Record<string, string> = {
  '&': '&',
  '%': '%',
  $: '$',
  '#': '#',
  _: '_',
  '{': '{',
  '}': '}',
  ' ': ' ',
  '\\': ' ',
  ',': ' ',
  ';': ' ',
  ':': ' ',
  '!': '',
  '-': '',
  '/': '',
  '@': '',
};

export interface TexOptions {
  /** Extra control words to text, e.g. journal macros (`apj` → "The Astrophysical Journal"). */
  commands?: Readonly<Record<string, string>>;
  /**
   * For URLs, DOIs and ids: only escapes (`\_`, `\%`) and braces are removed; no dashes, ties or
   * accents, and whitespace is dropped.
   */
  verbatim?: boolean;
}

const isLetter = (ch: string) => /^[A-Za-z]$/.test(ch);

/** Converts a TeX-marked-up BibTeX value to Unicode text with whitespace collapsed. */
export function texToUnicode(text: string, options: TexOptions = {}): string {
  if (options.verbatim) return verbatim(text);
  if (!/[\\{}$~`'-]/.test(text)) return text.replace(/\s+/g, ' ').trim();
  const out: string[] = [];
  let pending = '';
  let math = false;
  let mathStart = 0;
  const emit = (s: string) => {
    if (pending && /\S/.test(s)) {
      // Dotless i and j carry accents in TeX (\'\i); in Unicode the plain letter does.
      const base = s[0] === 'ı' ? 'i' : s[0] === 'ȷ' ? 'j' : s[0];
      out.push(base + pending + s.slice(1));
      pending = '';
    } else out.push(s);
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i];
    if (ch === '\\') {
      const next = text[i + 1] ?? '';
      if (isLetter(next)) {
        let j = i + 1;
        while (j < n && isLetter(text[j])) j++;
        const name = text.slice(i + 1, j);
        while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\n' || text[j] === '\r')) j++;
        i = j;
        const word = options.commands?.[name] ?? WORDS[name];
        if (ACCENTS[name] && name.length === 1 && !math) pending += ACCENTS[name];
        else if (word !== undefined) emit(word);
        else if (math) emit(`\\${name} `);
        // Unknown text-mode commands (\emph, \textit, \url…) drop out and leave their argument.
      } else if (!math && ACCENTS[next] && next !== '~' && next !== '=' && next !== '.') {
        pending += ACCENTS[next];
        i += 2;
      } else if (!math && (next === '~' || next === '=' || next === '.')) {
        // \~ \= \. are accents only before a letter or a group; otherwise they are literal.
        const after = text[i + 2] ?? '';
        if (isLetter(after) || after === '{' || after === '\\') pending += ACCENTS[next];
        else emit(next === '~' ? '~' : next);
        i += 2;
      } else {
        const sym = SYMBOLS[next];
        if (sym !== undefined) emit(sym);
        else if (math) emit(`\\${next}`);
        else if (next) emit(next);
        i += 2;
      }
      continue;
    }
    if (math) {
      if (ch === '$') {
        math = false;
        closeMath(out, mathStart);
      } else emit(ch);
      i++;
      continue;
    }
    switch (ch) {
      case '{':
      case '}':
        i++;
        break;
      case '$':
        math = true;
        mathStart = out.length;
        out.push('$');
        i++;
        break;
      case '~':
        emit(' ');
        i++;
        break;
      case '-':
        if (text[i + 1] === '-' && text[i + 2] === '-') {
          emit('—');
          i += 3;
        } else if (text[i + 1] === '-') {
          emit('–');
          i += 2;
        } else {
          emit('-');
          i++;
        }
        break;
      case '`':
      case "'":
        if (text[i + 1] === ch) {
          emit(ch === '`' ? '“' : '”');
          i += 2;
        } else {
          emit(ch === '`' ? '‘' : "'");
          i++;
        }
        break;
      default:
        emit(ch);
        i++;
    }
  }
  return out.join('').replace(/\s+/g, ' ').trim().normalize('NFC');
}

/** Drops the `$`s of a finished math span when what is left reads as plain text (`$\sim$` → ∼). */
function closeMath(out: string[], start: number): void {
  const inner = out.slice(start + 1).join('');
  if (/[\\^_{}]/.test(inner)) out.push('$');
  else out.splice(start, out.length - start, inner.trim());
}

function verbatim(text: string): string {
  return text.replace(/\\([_%&#$~])/g, '$1').replace(/[{}\s]/g, '');
}
