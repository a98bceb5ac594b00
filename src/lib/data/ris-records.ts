/**
 * The line structure of RIS: a record runs from `TY  - TYPE` to `ER  -`; each line is a
 * two-character tag, "  - " and a value, and a line without a tag continues the field before it
 * (wrapped abstracts). Missing `ER` lines and stray lines are repaired and reported.
 */
import type { Problem } from './paper';

/** Tolerates exporters that write one space before the dash, or nothing after it. */
const TAG = /^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$/;

export interface RisField {
  value: string;
  line: number;
}

export interface RisRecord {
  line: number;
  type: string;
  fields: Map<string, RisField[]>;
}

/** The records of an RIS text, each with its fields by tag in file order. */
export function readRisRecords(text: string, file: string, problems: Problem[]): RisRecord[] {
  const records: RisRecord[] = [];
  let current: RisRecord | null = null;
  let last: RisField | null = null;
  let strayReported = false;
  const lines = text.split(/\r\n|\r|\n/);
  const stray = (line: number, what: string) => {
    // One problem per run of stray lines, not one per line.
    if (!strayReported) problems.push({ file, line, message: `${what}; ignored.`, action: 'skipped' });
    strayReported = true;
  };
  lines.forEach((raw, i) => {
    const line = i + 1;
    const text = raw.trimEnd();
    if (!text.trim()) return;
    const m = text.match(TAG);
    if (!m) {
      if (current && last) last.value += ` ${text.trim()}`;
      else stray(line, 'Outside any record (no "TY  -" before it)');
      return;
    }
    const [, tag, value = ''] = m;
    if (tag === 'TY') {
      if (current) {
        problems.push({
          file,
          line: current.line,
          message: `The record has no "ER  -"; it ends where the next begins (line ${line}).`,
          action: 'repaired',
        });
        records.push(current);
      }
      current = { line, type: value.trim().toUpperCase(), fields: new Map() };
      last = null;
      strayReported = false;
    } else if (tag === 'ER') {
      if (current) records.push(current);
      else stray(line, '"ER  -" closes no record');
      current = null;
      last = null;
    } else if (!current) {
      stray(line, `"${tag}  - …" is outside any record (no "TY  -" before it)`);
    } else {
      last = { value: value.trim(), line };
      const list = current.fields.get(tag);
      if (list) list.push(last);
      else current.fields.set(tag, [last]);
    }
  });
  if (current) {
    const open: RisRecord = current;
    problems.push({
      file,
      line: open.line,
      message: 'The record has no "ER  -" before the end of the file; read as closed.',
      action: 'repaired',
    });
    records.push(open);
  }
  return records;
}
