/**
 * Person names as source formats write them, turned into display order ("F. M. Last"):
 * BibTeX `{Last}, F.~M.` and `First von Last`, "Last, First" (RIS, CSV), Scopus's
 * "Phillips J.C.", and whole author lists with their "and others" / "et al." truncation.
 * Parsers call this once per record; comparing display names to merge people is
 * `model/person-name.ts`'s job.
 */
import { texToUnicode } from './tex-to-unicode';

export interface NameList {
  names: string[];
  /** The list ended with "others", "et al." or an ellipsis: more authors exist. */
  truncated: boolean;
}

const TRUNCATION = /^(?:et\.?\s*al\.?|others|\.(?:\s*\.)+|…)$/i;
const TRAILING_ET_AL = /,?\s+et\.?\s*al\.?$/i;
const INITIALS = /^(?:\p{Lu}\.?-?)+$/u;

/** Spacing in initials: "J.C." → "J. C.", ADS's "J. -P." → "J.-P.". */
export function tidyInitials(name: string): string {
  return name
    .replace(/(\p{Lu}\.) -(?=\p{Lu})/gu, '$1-')
    .replace(/(\p{Lu})\.(?=\p{Lu})/gu, '$1. ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Splits a BibTeX name list at " and " outside braces and formats each name. Corporate names in
 * braces (`{Planck Collaboration}`) stay whole; "others", "et al." and name-less junk tokens
 * (`{}, . . .`) are not authors.
 */
export function splitBibtexNames(value: string): NameList {
  const names: string[] = [];
  let truncated = false;
  for (const raw of splitTopLevelAnd(value)) {
    let part = raw.trim();
    if (!part) continue;
    const plain = texToUnicode(part);
    if (TRUNCATION.test(plain)) {
      truncated = true;
      continue;
    }
    if (TRAILING_ET_AL.test(plain)) {
      truncated = true;
      part = part.replace(TRAILING_ET_AL, '');
    }
    const name = formatBibtexName(part);
    if (/\p{L}/u.test(name)) names.push(name);
    // ADS marks omitted authors with a name-less `{}, . . .`; other junk without letters is dropped.
    else if (/^(?:\.{2,}|…)$/.test(plain.replace(/[\s,]/g, ''))) truncated = true;
  }
  return { names, truncated };
}

/** One BibTeX name in display order: `{van Heck}, B.` → "B. van Heck". */
export function formatBibtexName(raw: string): string {
  const t = raw.trim();
  if (isOneGroup(t)) return texToUnicode(t);
  const parts = splitTopLevel(t, ',')
    .map((p) => texToUnicode(p))
    // ADS writes unknown surnames as `{.}`: a part without letters carries no name.
    .filter((p) => /\p{L}/u.test(p));
  if (parts.length <= 1) return tidyInitials(parts[0] ?? '');
  const [last, ...rest] = parts;
  const first = rest.length === 1 ? rest[0] : rest.slice(1).join(' ');
  const suffix = rest.length > 1 ? ` ${rest[0]}` : '';
  return tidyInitials(`${first} ${last}${suffix}`);
}

/** "Last, First" (RIS, Scopus full names, Web of Science) in display order; other forms as given. */
export function formatLastFirst(name: string): string {
  const t = name.trim();
  const comma = t.indexOf(',');
  if (comma < 0) return tidyInitials(t);
  const last = t.slice(0, comma).trim();
  const rest = t.slice(comma + 1).trim();
  return tidyInitials(rest ? `${rest} ${last}` : last);
}

/** Scopus's "Phillips J.C." (surname, then initials) as "J. C. Phillips". */
export function formatSurnameInitials(name: string): string {
  const words = name.trim().split(/\s+/);
  let k = words.length;
  while (k > 1 && INITIALS.test(words[k - 1]) && /\./.test(words[k - 1])) k--;
  if (k === words.length) return tidyInitials(name);
  return tidyInitials(`${words.slice(k).join(' ')} ${words.slice(0, k).join(' ')}`);
}

const SURNAME_INITIALS = /^[\p{L}'’ -]+\s(?:\p{Lu}\.-?)+$/u;

/**
 * An author list from a spreadsheet cell: ";"-separated, " and "-separated, or ","-separated.
 * A ","-list of "Surname I." items is Scopus style; "Last, First" items are put in display order.
 */
export function splitAuthorList(text: string): NameList {
  // Collapsed first: the patterns below scan runs of spaces, which must stay short to stay linear.
  let t = text.replace(/\s+/g, ' ').trim();
  let truncated = false;
  if (TRAILING_ET_AL.test(t)) {
    truncated = true;
    t = t.replace(TRAILING_ET_AL, '');
  }
  let items: string[];
  let format: (s: string) => string;
  if (t.includes(';')) {
    items = t.split(';');
    format = (s) =>
      s.includes(',') ? formatLastFirst(s) : SURNAME_INITIALS.test(s) ? formatSurnameInitials(s) : s;
  } else if (/\sand\s/i.test(t)) {
    items = t.split(/,?\s+and\s+|,\s*/i);
    format = tidyInitials;
  } else {
    items = t.split(',');
    const trimmed = items.map((s) => s.trim()).filter(Boolean);
    if (trimmed.length > 0 && trimmed.every((s) => SURNAME_INITIALS.test(s))) format = formatSurnameInitials;
    else if (trimmed.length === 2 && INITIALS.test(trimmed[1].replace(/\s/g, ''))) {
      items = [t];
      format = formatLastFirst;
    } else format = tidyInitials;
  }
  const names: string[] = [];
  for (const item of items) {
    const s = item.trim();
    if (!s || /^\[no author/i.test(s)) continue;
    if (TRUNCATION.test(s)) truncated = true;
    else names.push(format(s));
  }
  return { names, truncated };
}

/** Parts of `text` split at `sep` where no brace is open. */
function splitTopLevel(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (c === sep && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Splits at the word "and" (any case) between spaces where no brace is open, in one pass. */
function splitTopLevelAnd(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === '{' || c === '}') {
      depth = Math.max(0, depth + (c === '{' ? 1 : -1));
      i++;
    } else if (isSpace(c) && depth === 0) {
      let j = i;
      while (isSpace(text[j])) j++;
      if (text.slice(j, j + 3).toLowerCase() === 'and' && isSpace(text[j + 3])) {
        parts.push(text.slice(start, i));
        start = j + 3;
        i = j + 3;
      } else i = j;
    } else i++;
  }
  parts.push(text.slice(start));
  return parts;
}

/** True when the whole text is one brace group: `{Planck Collaboration}`. */
function isOneGroup(text: string): boolean {
  if (!text.startsWith('{') || !text.endsWith('}')) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i === text.length - 1;
  }
  return false;
}
