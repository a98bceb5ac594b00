/**
 * Problems grouped for reading: 55 rows of a file with the same fault are one line ("55 rows have
 * one cell more than the header: lines 2–56 — the last cell was dropped") that opens to the 55.
 * Problems are alike when they share a file and a `code`; without a code, when their messages
 * are the same once numbers are masked. Each place (file, line or record) is named once.
 */
import type { Problem, ProblemAction } from './paper';
import { PROBLEM_KINDS } from './problem-kinds';
import { noun as nounFor } from '../text/count-words';

export interface ProblemGroup {
  /** File and kind: unique among the groups of one list. */
  key: string;
  file: string;
  action: ProblemAction;
  problems: readonly Problem[];
  /** Where: "broken.bib, line 12" for one problem, the file for several. */
  place: string;
  /** What: the message of one problem, or a sentence for several. */
  text: string;
}

/** The most runs of numbers a list of places spells out before it says how many more. */
const MAX_RUNS = 6;

/** "line 12", "record 3", or '' when the problem is about the whole file. */
export function problemSpot(p: Pick<Problem, 'line' | 'record'>): string {
  return p.line !== undefined ? `line ${p.line}` : p.record !== undefined ? `record ${p.record}` : '';
}

/** "refs.bib, line 12" (file and line or record), or the file alone. */
export function problemPlace(p: Problem): string {
  const spot = problemSpot(p);
  return spot ? `${p.file}, ${spot}` : p.file;
}

/** The kind a problem is grouped by: its code, else its message with the numbers masked. */
export function problemKind(p: Problem): string {
  return p.code ?? `~${p.message.replace(/\d+/g, '#')}`;
}

/** Alike problems together, in the order each kind first appears. */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const byKey = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = `${p.file}\u0000${problemKind(p)}`;
    const list = byKey.get(key);
    if (list) list.push(p);
    else byKey.set(key, [p]);
  }
  return [...byKey].map(([key, list]) => {
    const first = list[0];
    const base = { key, file: first.file, action: first.action, problems: list };
    if (list.length === 1) return { ...base, place: problemPlace(first), text: first.message };
    return { ...base, place: first.file, text: groupText(list) };
  });
}

function groupText(list: readonly Problem[]): string {
  const places = placesOf(list);
  const kind = list[0].code === undefined ? undefined : PROBLEM_KINDS[list[0].code];
  if (kind) return `${kind.many(list.length)}${places ? `: ${places}` : ''} — ${kind.then}`;
  return `${list.length} similar problems${places ? `: ${places}` : ''} — the first: ${list[0].message}`;
}

/** "lines 2–56", "records 1, 4, 9–12 and 30 more", "lines 3, 5; records 7–8". */
export function placesOf(list: readonly Problem[]): string {
  const lines = list.flatMap((p) => (p.line !== undefined ? [p.line] : []));
  const records = list.flatMap((p) => (p.line === undefined && p.record !== undefined ? [p.record] : []));
  return [numbered('line', lines), numbered('record', records)].filter(Boolean).join('; ');
}

function numbered(noun: string, numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  if (sorted.length === 0) return '';
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  const shown = runs.slice(0, MAX_RUNS).map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`));
  const rest = runs.slice(MAX_RUNS).reduce((n, [a, b]) => n + b - a + 1, 0);
  return `${nounFor(sorted.length, noun)} ${shown.join(', ')}${rest ? ` and ${rest} more` : ''}`;
}
