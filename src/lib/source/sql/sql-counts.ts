/**
 * Counting answers in SQL: papers per period and category (or group of another kind), code
 * shares, collaboration per year and the summary. Each is one or a few GROUP BY queries; the small results are ordered here by
 * the page's rules (ids by code unit, never by an engine's collation).
 */
import type { GroupKind } from '../../model/group-kinds';
import { byCountThenId } from '../order';
import type {
  CodeAnswer,
  CodeQuestion,
  CollaborationAnswer,
  CollaborationQuestion,
  CountCell,
  CountsAnswer,
  CountsQuestion,
  SummaryAnswer,
  SummaryQuestion,
} from '../questions';
import { int } from './dialect';
import { and, maxYearSql, minYearSql, TRUE, yearOrNull } from './engine';
import type { SqlScope } from './scope';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function countsAnswer(s: SqlScope, q: CountsQuestion): Promise<CountsAnswer> {
  const where = await s.where(q.filter);
  const period = q.period === 'month' ? 'period_month' : 'year';
  const group = q.group ?? 'category';
  const [rows, total] = await Promise.all([
    group !== 'category'
      ? s.rows(`SELECT dated, ${period}, grp, count() FROM ${s.t('paper_groups')}
                WHERE ${and(groupsOf(s, group, q.categories === 'primary'), s.paperIn(where))}
                GROUP BY dated, ${period}, grp`)
      : q.categories === 'primary'
        ? s.rows(`SELECT dated, ${period}, primary_cat, count() FROM ${s.t('papers')} WHERE ${where}
                GROUP BY dated, ${period}, primary_cat`)
        : s.rows(`SELECT dated, ${period}, category, count() FROM ${s.t('paper_categories')}
                WHERE ${s.paperIn(where)} GROUP BY dated, ${period}, category`),
    s.rows(`SELECT count(), sum(dated) FROM ${s.t('papers')} WHERE ${where}`),
  ]);
  const cells: CountCell[] = [];
  const undated: CountsAnswer['undated'] = [];
  for (const [dated, at, category, n] of rows) {
    const [cat, count] = [String(category), Number(n)];
    if (Number(dated) === 0) undated.push({ category: cat, count });
    else cells.push({ period: String(at), category: cat, count });
  }
  cells.sort((a, b) => byText(a.period, b.period) || byText(a.category, b.category));
  undated.sort((a, b) => byText(a.category, b.category));
  return { cells, undated, papers: Number(total[0][0]), dated: Number(total[0][1] ?? 0) };
}

export async function codeAnswer(s: SqlScope, q: CodeQuestion): Promise<CodeAnswer> {
  const where = await s.where(q.filter);
  const rows = await s.rows(
    `SELECT dated, year, count(), sum(has_code) FROM ${s.t('papers')} WHERE ${where} GROUP BY dated, year`,
  );
  let [papers, withCode] = [0, 0];
  const years: CodeAnswer['years'] = [];
  for (const [dated, year, n, code] of rows) {
    papers += Number(n);
    withCode += Number(code);
    if (Number(dated) === 1) years.push({ year: Number(year), papers: Number(n), withCode: Number(code) });
  }
  return { years: years.sort((a, b) => a.year - b.year), papers, withCode };
}

export async function collaborationAnswer(
  s: SqlScope,
  q: CollaborationQuestion,
): Promise<CollaborationAnswer> {
  const span = s.stored.info.span;
  const where = await s.where(q.filter);
  const total = async () =>
    Number((await s.rows(`SELECT count() FROM ${s.t('papers')} WHERE ${where}`))[0][0]);
  if (!span) return { years: [], papers: await total() };
  const A = s.t('authorships');
  const owner = s.stored.ownerCode;
  const people = and(s.paperIn(where), 'dated = 1', owner === null ? TRUE : `person != ${int(owner)}`);
  const [papers, coauthors, fresh, all] = await Promise.all([
    s.rows(`SELECT year, count() FROM ${s.t('papers')} WHERE ${and(where, 'dated = 1')} GROUP BY year`),
    s.rows(`SELECT year, ${s.sql.countDistinct('person')} FROM ${A} WHERE ${people} GROUP BY year`),
    s.rows(`SELECT first, count() FROM (SELECT person, min(year) AS first FROM ${A} WHERE ${people}
            GROUP BY person) AS f GROUP BY first`),
    total(),
  ]);
  const byYear = (rows: unknown[][]) => new Map(rows.map(([y, n]) => [Number(y), Number(n)]));
  const [p, c, f] = [byYear(papers), byYear(coauthors), byYear(fresh)];
  const years = [];
  for (let year = span.first; year <= span.last; year++) {
    const [all, newCoauthors] = [c.get(year) ?? 0, f.get(year) ?? 0];
    years.push({
      year,
      papers: p.get(year) ?? 0,
      coauthors: all,
      newCoauthors,
      returning: all - newCoauthors,
    });
  }
  return { years, papers: all };
}

export async function summaryAnswer(s: SqlScope, q: SummaryQuestion): Promise<SummaryAnswer> {
  const where = await s.where(q.filter);
  const P = s.t('papers');
  const owner = s.stored.ownerCode;
  const [totals, cats, joint] = await Promise.all([
    s.rows(`SELECT count(), sum(CASE WHEN dated = 0 THEN 1 ELSE 0 END), ${minYearSql()}, ${maxYearSql()}
            FROM ${P} WHERE ${where}`),
    // Under 'category' the papers without one are left out, under another kind they are '' (as
    // the page's summary).
    q.group && q.group !== 'category'
      ? s.rows(`SELECT grp, count() FROM ${s.t('paper_groups')}
                WHERE ${and(groupsOf(s, q.group, true), s.paperIn(where))} GROUP BY grp`)
      : s.rows(
          `SELECT primary_cat, count() FROM ${P} WHERE ${and(where, "primary_cat != ''")} GROUP BY primary_cat`,
        ),
    owner === null
      ? Promise.resolve([])
      : s.rows(`SELECT person, count() FROM ${s.t('authorships')}
                WHERE ${and(s.paperIn(and(where, ownedBy(s, owner))), `person != ${int(owner)}`)}
                GROUP BY person`),
  ]);
  const [papers, undated] = totals[0].map(Number);
  const [first, last] = [yearOrNull(totals[0][2]), yearOrNull(totals[0][3])];
  const people = await s.people(joint.map(([code]) => Number(code)));
  const topCoauthors = joint
    .map(([code, n]) => ({ p: people.get(Number(code))!, papers: Number(n) }))
    .sort((a, b) => b.papers - a.papers || a.p.nameRank - b.p.nameRank)
    .map(({ p, papers }) => ({ id: p.id, name: p.name, papers }));
  return {
    papers,
    // ClickHouse gives min() and max() of no rows as 0, not NULL: no dated paper, no span.
    span: papers > undated && first !== null && last !== null ? { first, last } : null,
    undated: papers ? undated : 0,
    categories: cats.map(([id, count]) => ({ id: String(id), count: Number(count) })).sort(byCountThenId),
    topCoauthors,
  };
}

/** The `paper_groups` rows of one kind: each paper's primary group only, or every listed one. */
function groupsOf(s: SqlScope, kind: GroupKind, primary: boolean): string {
  return and(`kind = ${s.sql.literal(kind)}`, primary ? 'pos = 0' : TRUE);
}

/** Papers the owner is on. */
function ownedBy(s: SqlScope, owner: number): string {
  return `idx IN (SELECT paper FROM ${s.local('authorships')} WHERE person = ${int(owner)})`;
}
