/**
 * Partial dates as reference formats write them: BibTeX `year` + `month`, BibLaTeX `date` in EDTF
 * (`1984/1986`, `2004-10-27`, `-3000~`, `198X`, `../2000`), RIS `2020/05/17/`, CSV cells ("17 May
 * 2020"). Shared by every parser; the result is cut to the precision the source gives. Whether a
 * year is plausible for a paper is `plausible-year.ts`'s business, not this file's.
 */
import type { DatePrecision } from './paper';

export interface PartialDate {
  date: string | null;
  precision: DatePrecision | null;
  year: number | null;
}

export const NO_DATE: PartialDate = { date: null, precision: null, year: null };

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Builds a date from its parts; a month or day that cannot exist is dropped, keeping the year. */
export function partialDate(
  year: number | null,
  month: number | null = null,
  day: number | null = null,
): PartialDate {
  if (year === null || !Number.isInteger(year) || Math.abs(year) > 9999) return NO_DATE;
  const y = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  if (month === null || !Number.isInteger(month) || month < 1 || month > 12)
    return { date: y, precision: 'year', year };
  const ym = `${y}-${String(month).padStart(2, '0')}`;
  if (day === null || !Number.isInteger(day) || day < 1 || day > daysIn(year, month))
    return { date: ym, precision: 'month', year };
  return { date: `${ym}-${String(day).padStart(2, '0')}`, precision: 'day', year };
}

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS[month - 1];
}

/** A month from "jan", "January", "Sept.", "6" or "06" (ranges such as "jun--jul" give the first). */
export function monthFromText(text: string): number | null {
  const t = text.trim().toLowerCase();
  const num = t.match(/^(\d{1,2})\b/);
  if (num) {
    const m = Number(num[1]);
    return m >= 1 && m <= 12 ? m : null;
  }
  const word = t.match(/^[a-z]+/);
  if (!word || word[0].length < 3) return null;
  // A prefix of the full name ("sep", "sept", "september"), but not "mayhem".
  const i = MONTH_NAMES.findIndex((name) => name.startsWith(word[0]));
  return i < 0 ? null : i + 1;
}

/**
 * Reads the start of a date written in any common way: EDTF as BibLaTeX writes it (`2004-10-27`,
 * `-3000~`, `1984?`, `2004-06-XX`; a range or open range gives its start, else its end: `1984/1986`
 * → 1984, `../2000` → 2000; unspecified digits give the first year they allow: `198X` → 1980),
 * RIS (`2020/05/17/`, `2020///`), "17 May 2020", "May 17, 2020", "May 2020", "3000 BC"; failing
 * those, the first four-digit year in the text.
 */
export function parseLooseDate(text: string): PartialDate {
  const t = text.trim();
  const edtf = edtfDate(t);
  if (edtf) return edtf;
  let m = t.match(/^(?:c(?:irca|a)?\.?\s*)?(\d{1,4})\s*B\.?\s*C\.?(?:\s*E\.?)?$/i);
  if (m) return partialDate(-Number(m[1]));
  m = t.match(/^(-?\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?=$|[T\s/,;])/);
  if (m) return partialDate(Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null);
  m = t.match(/^(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,})\.?,?\s+(\d{4})\b/);
  if (m && monthFromText(m[2])) return partialDate(Number(m[3]), monthFromText(m[2]), Number(m[1]));
  m = t.match(/^([A-Za-z]{3,})\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})\b/);
  if (m && monthFromText(m[1])) {
    return partialDate(Number(m[3]), monthFromText(m[1]), m[2] ? Number(m[2]) : null);
  }
  // A range with an open start ("/1986") or uncertain year ("1999?") still has a year.
  m = t.match(/(?:^|[^\d])(\d{4})(?![\d])/);
  return m ? partialDate(Number(m[1])) : NO_DATE;
}

/** An EDTF date or interval (qualifiers `~ ? %` read and dropped), or null when `text` is not one. */
function edtfDate(text: string): PartialDate | null {
  const parts = text.replace(/[~?%]/g, '').split('/');
  if (parts.length > 2) return null;
  const points = parts.map((p) =>
    p === '..' || (p === '' && parts.length === 2) ? undefined : edtfPoint(p),
  );
  if (points.includes(null)) return null;
  return points.find((p) => p !== undefined) ?? null;
}

function edtfPoint(text: string): PartialDate | null {
  const m = /^(-?)(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?$/i.exec(text);
  if (!m) return null;
  const known = (part: string | undefined) => (part && !/x/i.test(part) ? Number(part) : null);
  const month = known(m[3]);
  return partialDate(Number(m[1] + m[2].replace(/x/gi, '0')), month, month === null ? null : known(m[4]));
}
