/**
 * The coauthor graph of the papers passing a predicate, among some people (or everyone), from two
 * aggregates: people's tallies per primary category (or group of another kind), and pairs of
 * people on one paper (a join of authorships with itself on the paper, which stays on the paper's
 * shard). The result equals `buildCoauthorGraph` (model/coauthor-graph.ts) on those papers: the
 * same nodes, edges, counts and orders.
 */
import type { CoauthorGraph, GraphEdge, GraphNode } from '../../model/coauthor-graph';
import type { GroupKind } from '../../model/group-kinds';
import { intList } from './dialect';
import { and, minYearSql, yearOrNull } from './engine';
import type { SqlScope } from './scope';

/** At most this many links come back from one graph question; more is refused, not cut. */
export const MAX_EDGES = 500_000;

interface Tally {
  papers: number;
  categories: Map<string, number>;
  first: number | null;
  yearSum: number;
  dated: number;
}

export async function graphAmong(
  scope: SqlScope,
  where: string,
  only: readonly number[] | null,
  group: GroupKind = 'category',
): Promise<CoauthorGraph> {
  const A = scope.t('authorships');
  const who = only === null ? '' : `person IN ${intList(only)}`;
  const papers = scope.paperIn(where);
  const [tallyRows, pairRows, groupRows] = await Promise.all([
    scope.rows(
      `SELECT person, primary_cat, count(), ${minYearSql()}, sum(CASE WHEN dated = 1 THEN year ELSE 0 END), sum(dated)
       FROM ${A} WHERE ${and(papers, who || '1 = 1')} GROUP BY person, primary_cat`,
    ),
    scope.rows(
      `SELECT person, other, count(), ${minYearSql()}
       FROM ${A} ${scope.sql.innerJoin}
         (SELECT paper, person AS other FROM ${scope.local('authorships')}${who ? ` WHERE ${who}` : ''}) AS r
       USING (paper)
       WHERE ${and(papers, who || '1 = 1', 'person < other')}
       GROUP BY person, other LIMIT ${MAX_EDGES + 1}`,
    ),
    group === 'category' ? null : peopleGroups(scope, papers, who, group),
  ]);
  if (pairRows.length > MAX_EDGES)
    throw new RangeError(`The graph has more than ${MAX_EDGES} links: ask for fewer people.`);
  const tallies = new Map<number, Tally>();
  for (const [person, cat, n, first, sum, dated] of tallyRows) {
    const code = Number(person);
    let t = tallies.get(code);
    if (!t) tallies.set(code, (t = { papers: 0, categories: new Map(), first: null, yearSum: 0, dated: 0 }));
    t.papers += Number(n);
    if (cat !== '' && !groupRows) t.categories.set(String(cat), Number(n));
    const year = yearOrNull(first);
    if (year !== null && (t.first === null || year < t.first)) t.first = year;
    t.yearSum += Number(sum);
    t.dated += Number(dated);
  }
  for (const [person, g, n] of groupRows ?? [])
    tallies.get(Number(person))?.categories.set(String(g), Number(n));
  const people = await scope.people([...tallies.keys()]);
  const nodes: (GraphNode & { rank: number })[] = [];
  for (const [code, t] of tallies) {
    const p = people.get(code)!;
    nodes.push({
      id: p.id,
      name: p.name,
      papers: t.papers,
      category: dominant(t.categories),
      isOwner: p.isOwner,
      forms: p.forms,
      firstYear: t.dated ? t.first : null,
      meanYear: t.dated ? t.yearSum / t.dated : null,
      rank: p.nameRank,
    });
  }
  nodes.sort((a, b) => b.papers - a.papers || a.rank - b.rank);
  const edges: GraphEdge[] = pairRows.map(([a, b, w, first]) => {
    const [x, y] = [people.get(Number(a))!.id, people.get(Number(b))!.id];
    const [source, target] = x < y ? [x, y] : [y, x];
    return { source, target, weight: Number(w), firstYear: yearOrNull(first) };
  });
  edges.sort((a, b) => b.weight - a.weight || compare(a.source, b.source) || compare(a.target, b.target));
  return { nodes: nodes.map(({ rank: _, ...n }) => n), edges };
}

/**
 * Per person, papers per primary group of another kind than category (none without a value, as
 * the page's `groupOf`): authorships joined with that kind's rows on the paper's shard.
 */
function peopleGroups(scope: SqlScope, papers: string, who: string, kind: GroupKind): Promise<unknown[][]> {
  return scope.rows(
    `SELECT person, grp, count()
     FROM ${scope.t('authorships')} ${scope.sql.innerJoin}
       (SELECT paper, grp FROM ${scope.local('paper_groups')}
        WHERE kind = ${scope.sql.literal(kind)} AND pos = 0 AND grp != '') AS g
     USING (paper)
     WHERE ${and(papers, who || '1 = 1')}
     GROUP BY person, grp`,
  );
}

/** The category with most papers; ties → the smaller id (as the model's `dominant`). */
function dominant(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [c, n] of counts)
    if (n > bestCount || (n === bestCount && best !== null && c < best)) [best, bestCount] = [c, n];
  return best;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * People and distinct coauthor pairs on the papers passing `where`, everyone counted (as
 * `pairsOfRows`): what a network drawing its most prolific people states beside what it draws.
 */
export async function pairCount(scope: SqlScope, where: string): Promise<{ people: number; pairs: number }> {
  const A = scope.t('authorships');
  const papers = scope.paperIn(where);
  const [people, pairs] = await Promise.all([
    scope.rows(`SELECT ${scope.sql.countDistinct('person')} FROM ${A} WHERE ${papers}`),
    scope.rows(
      `SELECT count() FROM (SELECT person, other
       FROM ${A} ${scope.sql.innerJoin}
         (SELECT paper, person AS other FROM ${scope.local('authorships')}) AS r
       USING (paper)
       WHERE ${and(papers, 'person < other')}
       GROUP BY person, other) AS p`,
    ),
  ]);
  return { people: Number(people[0][0]), pairs: Number(pairs[0][0]) };
}
