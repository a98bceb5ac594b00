/**
 * The paper blocks of a profile page: a start line ("GAApr 19, 2022" or "GAApr 19Code": category
 * code, date, code marker) and the non-blank lines up to the next start.
 */
import type { Problem } from './paper';
import { clipText } from './tidy-text';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A block start: category code, month, day, optional year, optional code marker. */
export const STRICT_START =
  /^([A-Z]{2})(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2})(?:, (\d{4}))?(Code)?$/;

export interface Block {
  line: number;
  code: string;
  month: number;
  day: number;
  year: number | null;
  hasCode: boolean;
  body: { text: string; line: number }[];
}

/** The block on lines `start` to `end` (0-based, end excluded); null (with a problem) for a bad date. */
export function readBlock(
  lines: string[],
  start: number,
  end: number,
  file: string,
  asOf: string,
  problems: Problem[],
): Block | null {
  const head = lines[start].trim();
  const m = head.match(STRICT_START);
  const body = [];
  for (let i = start + 1; i < end; i++) {
    const text = lines[i].trim();
    if (text) body.push({ text, line: i + 1 });
  }
  if (!m) {
    problems.push({
      file,
      line: start + 1,
      message: `Date not understood in "${clipText(head)}" (expected e.g. "GAApr 19, 2022"); paper skipped.`,
      action: 'skipped',
    });
    return null;
  }
  const month = MONTHS.indexOf(m[2]) + 1;
  const day = Number(m[3]);
  const year = m[4] ? Number(m[4]) : null;
  if (!validDay(year ?? Number(asOf.slice(0, 4)), month, day)) {
    problems.push({
      file,
      line: start + 1,
      message: `"${m[2]} ${day}" is not a date; paper skipped.`,
      action: 'skipped',
    });
    return null;
  }
  return { line: start + 1, code: m[1], month, day, year, hasCode: Boolean(m[5]), body };
}

function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
