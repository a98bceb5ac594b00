/**
 * Words that stay true for 0, 1 and many: a count with its noun in the right number
 * (`Intl.PluralRules`), a year span that does not repeat its year, and "drawn of total" phrasing
 * for views that draw fewer things than there are. Plain text only; every layer may use it (the
 * parsers' messages too, which is why it sits beside `data/` rather than in `model/`).
 */

const plurals = new Intl.PluralRules('en-US');
const numbers = new Intl.NumberFormat('en-US');

/** 1,869: the number as the page writes it. */
export function formatCount(n: number): string {
  return numbers.format(n);
}

/** The noun for `n` things: `noun(1, 'paper')` is "paper", `noun(2, 'person', 'people')` "people". */
export function noun(n: number, singular: string, plural = `${singular}s`): string {
  return plurals.select(n) === 'one' ? singular : plural;
}

/** "1 paper", "0 papers", "1,869 links", `count(2, 'person', 'people')` "2 people". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${noun(n, singular, plural)}`;
}

/** "2023" for one year, "2019–2026" for several; '' when either end is unknown. */
export function yearSpanText(first: number | null, last: number | null): string {
  if (first === null || last === null) return '';
  return first === last ? String(first) : `${first}–${last}`;
}

/** "in 2023" for one year, "from 2019 to 2026" for several; '' when either end is unknown. */
export function yearsPhrase(first: number | null, last: number | null): string {
  if (first === null || last === null) return '';
  return first === last ? `in ${first}` : `from ${first} to ${last}`;
}

/**
 * "1,869 of 32,541 links drawn" when a view draws fewer than there are, "32,541 links" when it
 * draws them all.
 */
export function drawnOf(drawn: number, total: number, singular: string, plural = `${singular}s`): string {
  return drawn < total
    ? `${formatCount(drawn)} of ${count(total, singular, plural)} drawn`
    : count(total, singular, plural);
}
