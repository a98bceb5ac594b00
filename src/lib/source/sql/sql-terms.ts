/**
 * The terms view in SQL, with the text worker's answer (workers/text-service.ts): the top terms by
 * weight (a word left out where one phrase holds most of its papers), their most used written
 * forms, cells per term and year, rising and fading terms, bursts and the summary. Counting runs
 * on `paper_terms` (filled at load by the app's own tokeniser); ordering, trends, bursts and the
 * summary use the model's own functions on the counts.
 */
import { termsSummary } from '../../model/terms-view';
import { burstsOfCells, recentFrom, trendsOfHits, type TermCell } from '../../model/term-trends';
import type { TermCount } from '../../model/terms';
import type { TermsAnswer, TermsQuestion } from '../questions';
import { intList } from './dialect';
import { and } from './engine';
import type { SqlScope } from './scope';
import { mostUsed, rankedTerms, surfacesOf } from './term-rank';

const RANKED = 40;
const TRENDING = 20;

export async function termsAnswer(s: SqlScope, q: TermsQuestion): Promise<TermsAnswer> {
  const where = await s.where(q.filter);
  const span = s.stored.info.span;
  const [[total, datedPapers]] = await s.rows(
    `SELECT count(), sum(dated) FROM ${s.t('papers')} WHERE ${where}`,
  );
  const visible = Number(total);
  const undated = visible - Number(datedPapers ?? 0);
  const ranked = await rankedTerms(s, where, visible < 8 ? 1 : 2, RANKED);
  const rows = await termRows(s, where, ranked, q.selected, q.limit);
  if (!span)
    return {
      rows,
      cells: [],
      trends: null,
      bursts: [],
      summary: termsSummary(rows, null, [], visible),
      papers: visible,
      undated,
    };

  const trending = ranked.slice(0, TRENDING);
  const ids = await s.termIds([...new Set([...rows, ...trending].map((t) => t.key))]);
  const idOf = new Map([...new Set([...rows, ...trending].map((t) => t.key))].map((k, i) => [k, ids[i]]));
  const known = [...new Set(ids.filter((id) => id !== null))] as number[];
  const [hitRows, totalRows] = await Promise.all([
    known.length
      ? s.rows(`SELECT term, year, count() FROM ${s.t('paper_terms')}
                WHERE ${and(s.paperIn(where), `term IN ${intList(known)}`, 'dated = 1')} GROUP BY term, year`)
      : Promise.resolve([]),
    s.rows(`SELECT year, count() FROM ${s.t('papers')} WHERE ${and(where, 'dated = 1')} GROUP BY year`),
  ]);
  const hits = new Map(hitRows.map(([t, y, n]) => [`${t}:${y}`, Number(n)]));
  const totals = new Map(totalRows.map(([y, n]) => [Number(y), Number(n)]));
  const hitsOf = (key: string, year: number) => hits.get(`${idOf.get(key)}:${year}`) ?? 0;

  const years = Array.from({ length: span.last - span.first + 1 }, (_, i) => span.first + i);
  const cells: TermCell[] = rows.flatMap((t) =>
    years.map((year) => {
      const [n, total] = [hitsOf(t.key, year), totals.get(year) ?? 0];
      return { key: t.key, term: t.term, year, papers: n, total, share: total ? n / total : 0 };
    }),
  );
  const from = recentFrom(span);
  const inPeriod = (year: number) => (year >= from ? 1 : 0);
  const periodTotals = [0, 0];
  for (const [year, n] of totals) periodTotals[inPeriod(year)] += n;
  const periodHits = new Float64Array(trending.length * 2);
  trending.forEach((t, i) => {
    for (const year of totals.keys()) periodHits[2 * i + inPeriod(year)] += hitsOf(t.key, year);
  });
  const trends = trendsOfHits(trending, periodHits, periodTotals, from);
  const bursts = visible >= 200 ? burstsOfCells(rows, cells, span) : [];
  return {
    rows,
    cells,
    trends,
    bursts,
    summary: termsSummary(rows, trends, bursts, visible),
    papers: visible,
    undated,
  };
}

/** The first `limit` ranked terms, then each selected term not among them (as `termRows`). */
async function termRows(
  s: SqlScope,
  where: string,
  ranked: readonly TermCount[],
  selected: readonly string[],
  limit: number,
): Promise<TermCount[]> {
  const rows = ranked.slice(0, limit);
  for (const key of selected) {
    if (rows.some((r) => r.key === key)) continue;
    const found = ranked.find((r) => r.key === key);
    if (found) {
      rows.push(found);
      continue;
    }
    const [id] = await s.termIds([key]);
    const forms = id === null ? null : (await surfacesOf(s, where, [id])).get(id);
    const n = forms ? [...forms.values()].reduce((a, b) => a + b, 0) : 0;
    rows.push({ key, term: forms?.size ? mostUsed(forms) : key, papers: n, titles: 0, weight: n });
  }
  return rows;
}
