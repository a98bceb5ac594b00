/**
 * CSL-JSON field values: texts (plain strings, Crossref's one-element arrays, JATS markup), name
 * objects (`given`/`family`/particles or `literal`) and dates (`date-parts`, `raw`, `literal`).
 */
import { splitKeywords } from './arxiv-keywords';
import { citationsInNote, reportAt } from './citations';
import { isObject, list, type Json } from './json-helpers';
import type { Paper, Problem } from './paper';
import { parseLooseDate, partialDate, NO_DATE, type PartialDate } from './partial-date';
import { tidyInitials, type NameList } from './source-name';
import { workTypeOf } from './work-types';

/** A string field, or the first string of an array field (Crossref writes `title: ["…"]`). */
export function firstText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(firstText).find(Boolean) ?? '';
  return '';
}

const TRUNCATION = /^(?:et\.?\s*al\.?|others|\.\.\.|…)$/i;

/** Authors in display order; "et al." and "others" entries mark the list as truncated. */
export function authorNames(authors: unknown): NameList {
  const names: string[] = [];
  let truncated = false;
  for (const a of list(authors)) {
    if (!isObject(a)) continue;
    const literal = firstText(a.literal) || firstText(a.name);
    const parts = [a.given, a['dropping-particle'], a['non-dropping-particle'], a.family].map(firstText);
    let name = literal || parts.filter(Boolean).join(' ');
    const suffix = firstText(a.suffix);
    if (suffix && !literal) name += ` ${suffix}`;
    name = tidyInitials(name);
    if (TRUNCATION.test(name)) truncated = true;
    else if (name) names.push(name);
  }
  return { names, truncated };
}

/** `issued` (or Crossref's print/online dates) in any of CSL's forms; the start of a range. */
export function issuedDate(item: Json, record: number, file: string, problems: Problem[]): PartialDate {
  for (const key of ['issued', 'published-print', 'published-online']) {
    const v = item[key];
    if (v === undefined || v === null) continue;
    const d = cslDate(v);
    if (d.date) return d;
    problems.push({
      file,
      record,
      message: `The ${key} date (${JSON.stringify(v).slice(0, 60)}) is not understood.`,
      code: 'date-not-understood',
      action: 'noted',
    });
  }
  return NO_DATE;
}

function cslDate(v: unknown): PartialDate {
  if (typeof v === 'string' || typeof v === 'number') return parseLooseDate(String(v));
  if (!isObject(v)) return NO_DATE;
  const parts = Array.isArray(v['date-parts']) ? v['date-parts'][0] : undefined;
  if (Array.isArray(parts) && parts.length > 0) {
    // Parts may be strings ("2015"); months 13–16 and 21–24 are seasons, which partialDate drops.
    const [y, m, d] = parts.map((p) => (p === null || p === '' ? NaN : Number(p)));
    if (Number.isInteger(y))
      return partialDate(y, Number.isInteger(m) ? m : null, Number.isInteger(d) ? d : null);
  }
  for (const key of ['raw', 'literal']) {
    const text = firstText(v[key]);
    if (text) return parseLooseDate(text);
  }
  return NO_DATE;
}

/**
 * An item's type, keywords (`keyword`, comma or semicolon separated; category ids among them are
 * categories, as the app's export writes them) and citation count, which
 * CSL has no field for: Zotero keeps it in Extra, exported as a `note` line "Citations (…): N [date]".
 */
export function cslExtras(
  item: Json,
  title: string,
  place: { file: string; record: number },
  asOf: string,
  problems: Problem[],
): Pick<Paper, 'citations' | 'type' | 'keywords' | 'categories'> {
  // CSL's "article" is the unpublished kind (Zotero's Preprint); a journal's is "article-journal".
  const cslType = firstText(item.type);
  const type = cslType === 'article' ? 'preprint' : workTypeOf(cslType);
  const { categories, others: keywords } = splitKeywords(firstText(item.keyword));
  const citations = citationsInNote(firstText(item.note), asOf, reportAt(problems, place, title));
  return {
    ...(type ? { type } : {}),
    categories,
    ...(keywords.length ? { keywords } : {}),
    ...(citations ? { citations } : {}),
  };
}
