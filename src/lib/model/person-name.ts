/**
 * Person names as comparable parts: a folded surname (particles kept, "van der Waals" →
 * `vanderwaals`) and folded given-name parts ("J.-P." → `j`, `p`). Only this file knows how a
 * written name is split; name merging works on the parts.
 */

/** Lower-case surname particles that belong to the surname, not to the given names. */
const PARTICLES = new Set(
  'van von der den de del della dei degli di da das dos do du la le lo los las ten ter te af av zu zur vom bin ibn al el'.split(
    ' ',
  ),
);
const SUFFIX = /,?\s+(?:jr|sr|ii|iii|iv)\.?$/i;
/** Letters NFKD does not decompose. */
const SPECIAL: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  þ: 'th',
};

export interface PersonName {
  /** Folded surname with particles, letters only: the bucket names are merged within. */
  surname: string;
  /** Folded given-name parts in order; single letters are initials. */
  given: string[];
  /** `surname|given-parts`: equal keys are the same written name. */
  key: string;
  /** The name in "Given Surname" order, as written (so "Doe, Jane A." shows as "Jane A. Doe"). */
  display: string;
  /** Letters in the given names: how full a form is. */
  letters: number;
}

/** Lower case, accents removed, letters only. */
export function foldName(text: string): string {
  // Fast path: most names are plain ASCII.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/[^a-z]/g, '');
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđıþ]/g, (c) => SPECIAL[c])
    .replace(/[^\p{L}]/gu, '');
}

/** Splits a written name ("Jane A. Doe", "Doe, Jane A.", "J.-A. van der Doe"); null when it has no letters. */
export function parsePersonName(raw: string): PersonName | null {
  const text = raw.normalize('NFC').replace(/\s+/g, ' ').trim().replace(SUFFIX, '');
  const comma = text.indexOf(',');
  let surnameTokens: string[];
  let givenTokens: string[];
  if (comma >= 0) {
    surnameTokens = words(text.slice(0, comma));
    givenTokens = words(text.slice(comma + 1));
    // "Waals, J. D. van der": trailing particles belong to the surname.
    while (givenTokens.length > 1 && isParticle(givenTokens[givenTokens.length - 1])) {
      surnameTokens.unshift(givenTokens.pop()!);
    }
  } else {
    const tokens = words(text);
    let i = tokens.length - 1;
    while (i > 1 && isParticle(tokens[i - 1])) i--;
    surnameTokens = tokens.slice(Math.max(i, 0));
    givenTokens = tokens.slice(0, Math.max(i, 0));
  }
  const surname = foldName(surnameTokens.join(''));
  if (!surname) return null;
  const hasLower = /\p{Ll}/u.test(text);
  const given = givenTokens.flatMap((t) => givenParts(t, hasLower));
  return {
    surname,
    given,
    key: `${surname}|${given.join('-')}`,
    display: [...givenTokens, ...surnameTokens].join(' '),
    letters: given.reduce((n, g) => n + g.length, 0),
  };
}

function words(text: string): string[] {
  return text.split(' ').filter((w) => w !== '');
}

function isParticle(token: string): boolean {
  return PARTICLES.has(token.toLowerCase());
}

/** "Jean-Pierre" → jean, pierre; "J.-P." and "J.P." → j, p; "JP" (in a mixed-case name) → j, p. */
function givenParts(token: string, hasLower: boolean): string[] {
  const parts: string[] = [];
  for (const piece of token.split(/[-‐–.]+/)) {
    if (hasLower && /^\p{Lu}{2,3}$/u.test(piece)) {
      for (const ch of piece) parts.push(foldName(ch));
    } else {
      const folded = foldName(piece);
      if (folded) parts.push(folded);
    }
  }
  return parts;
}

/** Two given-name parts agree: equal, or one is the initial of the other. */
export function partsCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1) return b[0] === a;
  return b.length === 1 && a[0] === b;
}

/**
 * Two lists of given names can be one person: the first parts agree, and the shorter list's
 * other parts agree, in order, with some of the longer's (a missing middle name is allowed).
 * No given names at all agrees with anything.
 */
export function givenCompatible(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  if (!partsCompatible(a[0], b[0])) return false;
  return a.length <= b.length ? alignRest(a, 1, b, 1) : alignRest(b, 1, a, 1);
}

function alignRest(short: readonly string[], i: number, long: readonly string[], j: number): boolean {
  if (i === short.length) return true;
  for (let k = j; long.length - k >= short.length - i; k++) {
    if (partsCompatible(short[i], long[k]) && alignRest(short, i + 1, long, k + 1)) return true;
  }
  return false;
}
