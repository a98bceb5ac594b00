/**
 * Citation counts as sources write them, checked before the model believes them: a count is a
 * whole number from 0 to 10^6; a per-year count lies between the publication year and the year of
 * the "as of" date. Anything else is reported (the caller places the message) and left out, so a
 * bad cell never reaches a sum. Also the one-line form that exports and reference managers share.
 */
import type { Citations, Problem } from './paper';
import type { Place } from './plausible-year';
import { clipText } from './tidy-text';

/** More than any paper has: Semantic Scholar's most-cited paper has about 2·10^5. */
export const MAX_CITATIONS = 1_000_000;

/** Takes a message about a value that was left out. */
export type Report = (message: string) => void;

/** A `Report` that adds each message as a problem at `place`, naming the paper by its title. */
export function reportAt(problems: Problem[], place: Place, title: string): Report {
  return (message) =>
    problems.push({
      ...place,
      message: `“${clipText(title)}”: ${message}`,
      action: 'repaired',
      code: 'bad-citations',
    });
}

/**
 * A citation count from a number or a text of digits (thousands separators allowed), or null.
 * Absent and empty values are null without a word; anything else that is not a count is reported.
 */
export function readCount(raw: unknown, what: string, report: Report): number | null {
  if (raw === undefined || raw === null || raw === '') return null;
  const text = typeof raw === 'string' ? raw.trim().replace(/(\d)[,\u202f\u00a0](?=\d{3}\b)/g, '$1') : '';
  const value = typeof raw === 'number' ? raw : /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  const shown = typeof raw === 'string' ? `“${raw.length > 40 ? `${raw.slice(0, 37)}…` : raw}”` : String(raw);
  if (!Number.isFinite(value) || !Number.isInteger(value)) {
    report(`${what} ${shown} is not a whole number; ignored.`);
    return null;
  }
  if (value < 0) {
    report(`${what} ${shown} is negative; ignored.`);
    return null;
  }
  if (value > MAX_CITATIONS) {
    report(`${what} ${shown} is over ${MAX_CITATIONS.toLocaleString('en-US')}, not believable; ignored.`);
    return null;
  }
  return value;
}

/**
 * A version of a paper may be cited before the year a list gives it: a preprint or an online-first
 * article is often a year ahead of the issue (the author completer allows the same year apart).
 */
const EARLY_YEARS = 1;

/**
 * The years a per-year count may name: from the year before the publication year (when known) to
 * the as-of year.
 */
export interface YearWindow {
  publicationYear: number | null;
  asOf: string;
}

/**
 * Per-year counts from `[year, count]` pairs: counts checked by `readCount`, years outside the
 * window reported and left out, a repeated year reported and its first count kept.
 */
export function readCountsByYear(
  pairs: readonly (readonly [unknown, unknown])[],
  window: YearWindow,
  report: Report,
): Record<string, number> {
  const last = Number(window.asOf.slice(0, 4));
  const out: Record<string, number> = {};
  for (const [rawYear, rawCount] of pairs) {
    const year = typeof rawYear === 'string' && /^\d{4}$/.test(rawYear) ? Number(rawYear) : rawYear;
    if (typeof year !== 'number' || !Number.isInteger(year)) {
      report(`A per-year citation count names the year ${JSON.stringify(rawYear)}; ignored.`);
      continue;
    }
    const count = readCount(rawCount, `The citation count for ${year}`, report);
    if (count === null) continue;
    if (year > last) {
      report(`Citations counted for ${year}, after the as-of date ${window.asOf}; ignored.`);
    } else if (window.publicationYear !== null && year < window.publicationYear - EARLY_YEARS) {
      report(
        `Citations counted for ${year}, before the publication year ${window.publicationYear}; ignored.`,
      );
    } else if (String(year) in out) {
      report(`Citations for ${year} are counted twice; the first count is kept.`);
    } else out[String(year)] = count;
  }
  // Keys that look like integers enumerate in ascending order, so the record reads oldest first.
  return out;
}

/** The count to keep of two: the larger, and between equal counts the more recent. */
export function betterCitations(a: Citations | undefined, b: Citations | undefined): Citations | undefined {
  if (!a || !b) return a ?? b;
  if (a.count !== b.count) return a.count > b.count ? a : b;
  return b.asOf > a.asOf ? b : a;
}

/**
 * "Citations (OpenAlex): 123 [2026-11-20]": the line the Zotero Citation Counts Manager writes into
 * Zotero's Extra field (Extra travels as CSL-JSON `note`), so reference managers keep it as it is.
 */
export function citationLine(c: Citations): string {
  return `Citations (${c.source}): ${c.count} [${c.asOf}]`;
}

const LINE = /^\s*Citations \(([^()\n]+)\):\s*([^\s[]+)\s*(?:\[(\d{4}-\d{2}-\d{2})\])?\s*$/im;
/** Scopus writes `note = {cited By 12}` (BibTeX) and `N1  - Cited By: 12` (RIS). */
const SCOPUS = /^\s*cited by\s*:?\s*([^\s;]+)/im;

/**
 * The count a free-text note carries (the line above, or Scopus's "Cited By"), or null. `asOf`
 * stands in for a line without a date; a bad number is reported and gives null.
 */
export function citationsInNote(note: string, asOf: string, report: Report): Citations | null {
  const line = LINE.exec(note);
  const scopus = line ? null : SCOPUS.exec(note);
  const raw = line?.[2] ?? scopus?.[1];
  if (raw === undefined) return null;
  const count = readCount(raw, 'The citation count', report);
  if (count === null) return null;
  return { count, source: line ? line[1].trim() : 'Scopus', asOf: line?.[3] ?? asOf };
}
