/**
 * The coauthor network. People are placed once, from the whole collection (its top people and
 * their strongest links), so they stay put while filters change; the graph drawn is the
 * selection's, cut to the people and links placed. Its own clause is a set of people.
 *
 *   top-graph (no filter) ─► layout            graph (filter without people) ─► cut to the placed ─► drawn
 */
import { count, drawnOf, formatCount } from '../text/count-words';
import { categoryNodeColor, networkCategoryLegend, networkExport } from './network-export';
import type { CoauthorGraph } from '../model/coauthor-graph';
import type { GroupKind } from '../model/group-kinds';
import { DEFAULT_TOP_PEOPLE, edgeKey } from '../model/network-top';
import { clauseValue, filterUntil, filterWithout, type Filter } from '../source/filter';
import type { GraphAnswer, GraphQuestion, TopGraphAnswer, TopGraphQuestion } from '../source/questions';
import { answer, type ViewRecipe } from './view';
import { peopleClause, toggled, type Clause } from '../state/clauses';

export function topGraphQuestion(
  top = DEFAULT_TOP_PEOPLE,
  minPapers = 1,
  group: GroupKind = 'category',
): TopGraphQuestion {
  return { kind: 'top-graph', top, minPapers, group };
}

/** What the network is filtered by: every clause but its own; with `asOf`, papers up to that year. */
export function networkFilter(filter: Filter, asOf: number | null = null): Filter {
  const own = filterWithout(filter, 'network');
  return asOf === null ? own : filterUntil(own, asOf);
}

/** The graph of the papers the network shows (`networkFilter`) among the `placed` people. */
export function networkGraphQuestion(
  filter: Filter,
  placed: readonly string[],
  group: GroupKind = 'category',
): GraphQuestion {
  return { kind: 'graph', filter, only: [...placed], group };
}

/** The graph drawn: the selection's people who are placed, and its links that the top graph keeps. */
export function drawnGraph(
  graph: GraphAnswer,
  top: TopGraphAnswer,
  placed: { has(id: string): boolean },
): CoauthorGraph {
  const kept = new Set(top.edges.map(edgeKey));
  return {
    nodes: graph.nodes.filter((n) => placed.has(n.id)),
    edges: graph.edges.filter((e) => kept.has(edgeKey(e))),
  };
}

export function networkSummary(input: {
  drawn: CoauthorGraph;
  graph: GraphAnswer;
  top: TopGraphAnswer;
  people: number;
  asOf: number | null;
}): string {
  const { drawn, graph, top, asOf } = input;
  const hidden = top.hiddenPeople
    ? ` Drawn: the ${top.nodes.length === 1 ? 'person' : `${formatCount(top.nodes.length)} people`} with the most papers of ${formatCount(input.people)}` +
      (top.hiddenEdges ? ", with each one's strongest links." : '.')
    : top.hiddenEdges
      ? " Drawn: each person's strongest links."
      : '';
  const truncated = graph.truncated
    ? ` ${formatCount(graph.truncated)} of ${count(graph.papers, 'paper')} ${graph.truncated === 1 ? 'lists' : 'list'} only their first authors ("et al."), so the network shows only who is listed.`
    : '';
  // "40 of 1,234 people and 1,869 of 32,541 coauthor links drawn": one "drawn" for both.
  const people =
    drawn.nodes.length < graph.people
      ? `${formatCount(drawn.nodes.length)} of ${count(graph.people, 'person', 'people')}`
      : count(drawn.nodes.length, 'person', 'people');
  const links = drawnOf(drawn.edges.length, graph.pairs, 'coauthor link');
  return `${people} and ${links} in ${count(graph.papers, 'paper')}${asOf === null ? '' : ` up to ${asOf}`}.${hidden}${truncated}`;
}

export const NETWORK: ViewRecipe = {
  id: 'network',
  title: 'Coauthor network',
  own: 'network',
  async exportOf(frame) {
    const top = await answer(frame.source.ask(topGraphQuestion(undefined, undefined, frame.group)));
    const placed = new Set(top.nodes.map((n) => n.id));
    const graph = await answer(
      frame.source.ask(networkGraphQuestion(networkFilter(frame.filter), [...placed], frame.group)),
    );
    const drawn = drawnGraph(graph, top, placed);
    return networkExport({
      title: NETWORK.title,
      layoutGraph: top,
      graph: drawn,
      nodeColor: categoryNodeColor(frame.colors),
      legend: networkCategoryLegend(drawn, frame.colors, frame.group),
      selected: new Set(clauseValue(frame.filter, 'network') ?? []),
      width: frame.width ?? 640,
      height: 460,
      filters: frame.labels,
    });
  },
};

/**
 * The network's clause after a click on a person: them alone (or none, clicked again), or with
 * `additive` added to or taken from the people chosen. Names come from the graphs given, else the
 * clause itself (a person filtered by may no longer be drawn).
 */
export function toggledPeople(
  current: Clause<'network'> | undefined,
  id: string,
  additive: boolean,
  graphs: readonly CoauthorGraph[],
): Clause<'network'> | null {
  const next = toggled(current?.value ?? [], id, additive);
  const nameOf = (pid: string) => {
    for (const g of graphs) {
      const name = g.nodes.find((n) => n.id === pid)?.name;
      if (name !== undefined) return name;
    }
    return current?.names?.[current.value.indexOf(pid)] ?? pid;
  };
  return next.length ? peopleClause(next, next.map(nameOf)) : null;
}
