/**
 * What the terms view says in words: its rows (the top terms plus any selected ones) and its
 * one-sentence summary naming the top, rising, fading and bursting terms.
 */
import type { TermBurst, TermTrend } from './term-trends';
import type { TermDictionary, TermText } from './term-dictionary';
import { hasTerms, termSurface, type TermCount } from './terms';
import { count } from '../text/count-words';

/** The first `limit` terms, then every selected term not among them (so a filter never hides its own row). */
export function termRows(
  dict: TermDictionary,
  ranked: readonly TermCount[],
  selected: readonly string[],
  papers: readonly TermText[],
  limit: number,
): TermCount[] {
  const rows = ranked.slice(0, limit);
  for (const key of selected) {
    if (rows.some((r) => r.key === key)) continue;
    const found = ranked.find((r) => r.key === key);
    const n = papers.filter((p) => hasTerms(dict, p, [key])).length;
    rows.push(found ?? { key, term: termSurface(dict, key, papers), papers: n, titles: 0, weight: n });
  }
  return rows;
}

const list = (ts: readonly { term: string }[]) => ts.map((t) => t.term).join(', ');

/** "Most used: galaxy (11 papers), …. Rising since 2024: dataset, …; fading: morphology, …." */
export function termsSummary(
  rows: readonly TermCount[],
  trends: { rising: TermTrend[]; fading: TermTrend[]; from: number } | null,
  bursts: readonly TermBurst[],
  papers: number,
): string {
  if (rows.length === 0)
    return papers ? 'No term appears in more than one paper.' : 'No papers in the selection.';
  const top = rows
    .slice(0, 3)
    .map((t) => `${t.term} (${count(t.papers, 'paper')})`)
    .join(', ');
  let text = `Most used in ${count(papers, 'paper')}: ${top}.`;
  const rising = trends?.rising.slice(0, 3) ?? [];
  const fading = trends?.fading.slice(0, 3) ?? [];
  if (rising.length || fading.length) {
    const parts = [];
    if (rising.length) parts.push(`rising since ${trends!.from}: ${list(rising)}`);
    if (fading.length) parts.push(`fading: ${list(fading)}`);
    text += ` ${parts.join('; ').replace(/^./, (c) => c.toUpperCase())}.`;
  }
  if (bursts.length)
    text += ` Bursts: ${bursts
      .slice(0, 3)
      .map((b) => `${b.term} ${b.from === b.to ? b.from : `${b.from}–${b.to}`}`)
      .join(', ')}.`;
  return text;
}
