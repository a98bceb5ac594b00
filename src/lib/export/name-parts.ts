/**
 * A display name ("Jane A. van der Doe Jr.") split into family and given parts for formats that
 * want them (CSL-JSON, BibTeX). Lower-case particles before the last word join the family name.
 */

export interface NameParts {
  family: string;
  given: string;
  suffix: string;
}

const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/** Splits at the last word, moving lower-case particles ("van der") into the family name. */
export function nameParts(name: string): NameParts {
  const words = name.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  let suffix = '';
  if (words.length > 2 && SUFFIX.test(words[words.length - 1])) suffix = words.pop()!.replace(/^,|,$/g, '');
  if (words.length <= 1) return { family: words[0] ?? '', given: '', suffix };
  let start = words.length - 1;
  while (start > 1 && /^\p{Ll}/u.test(words[start - 1])) start--;
  return {
    family: words.slice(start).join(' ').replace(/,$/, ''),
    given: words.slice(0, start).join(' ').replace(/,$/, ''),
    suffix,
  };
}
