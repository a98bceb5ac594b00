/**
 * What a view that draws years says about the papers it cannot place: a paper without a year is
 * counted and named, never silently dropped ("91 papers without a date are not on the timeline.").
 */
import { count } from '../text/count-words';

/** Papers without a year. */
export function countUndated(papers: readonly { readonly year: number | null }[]): number {
  let n = 0;
  for (const p of papers) if (p.year === null) n++;
  return n;
}

/** The sentence for `n` undated papers and `where` ("the timeline"), or '' when there are none. */
export function undatedNote(n: number, where: string): string {
  if (n <= 0) return '';
  return `${count(n, 'paper')} without a date ${n === 1 ? 'is' : 'are'} not on ${where}.`;
}

/** A view's summary with the note after it; "No dated papers." and the note when nothing has a year. */
export function withUndated(summary: string | null, note: string): string {
  const text = summary ?? 'No dated papers.';
  return note ? `${text} ${note}` : text;
}
