/**
 * The Citations view's answer in SQL: the papers passing the filter are counted, the citation
 * records of those with counts are read in collection order (ties among the most cited keep it, as
 * in the page), and the page's own arithmetic (citations-answer.ts) adds them up.
 */
import { answerCitations } from '../citations-answer';
import type { CitationsAnswer, CitationsQuestion } from '../citations-question';
import { and } from './engine';
import { parseCited } from './cited-rows';
import type { SqlScope } from './scope';

/** The most cited papers one answer reads; a larger selection is refused (422) with this number. */
export const MAX_CITED = 1_000_000;

export async function citationsAnswer(s: SqlScope, q: CitationsQuestion): Promise<CitationsAnswer> {
  const where = await s.where(q.filter);
  const P = s.t('papers');
  const [counts] = await s.rows(
    `SELECT count(), sum(CASE WHEN cited = '' THEN 0 ELSE 1 END) FROM ${P} WHERE ${where}`,
  );
  // sum() over no rows is NULL in DuckDB, 0 in ClickHouse.
  const [passing, cited] = counts.map((n) => Number(n ?? 0));
  if (cited > MAX_CITED)
    throw new RangeError(
      `${cited} papers with citations are more than the ${MAX_CITED} one answer adds up: filter first.`,
    );
  const rows = cited
    ? await s.rows(`SELECT cited FROM ${P} WHERE ${and(where, "cited != ''")} ORDER BY idx`)
    : [];
  const group = q.group ?? 'category';
  return answerCitations(
    rows.map(([text]) => parseCited(String(text))),
    passing,
    q.top,
    (r) => r.groups[group],
  );
}
