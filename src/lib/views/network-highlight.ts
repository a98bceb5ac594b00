/**
 * Who the network lights up and how its communities are looked up: the coauthors of the person
 * under the pointer or keyboard, the people of the paper hovered in another view, and each
 * person's community from the source's list.
 */
import type { CoauthorGraph } from '../model/coauthor-graph';
import type { Communities, Community } from '../model/communities';

/** Per person, the people they share a drawn link with. */
export function neighboursOf(graph: CoauthorGraph): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const e of graph.edges) {
    if (!m.has(e.source)) m.set(e.source, new Set());
    if (!m.has(e.target)) m.set(e.target, new Set());
    m.get(e.source)!.add(e.target);
    m.get(e.target)!.add(e.source);
  }
  return m;
}

/** The people to light: a focused person and their coauthors, else a hovered paper's people, else none. */
export function litPeople(
  focused: string | null,
  neighbours: ReadonlyMap<string, ReadonlySet<string>>,
  hoveredPaperPeople: readonly string[] | undefined,
): Set<string> | null {
  if (focused) return new Set([focused, ...(neighbours.get(focused) ?? [])]);
  if (hoveredPaperPeople?.length) return new Set(hoveredPaperPeople);
  return null;
}

export const NO_COMMUNITIES: Communities = { byPerson: new Map(), list: [] };

/** The communities with each person's index, from the source's list (none: no communities). */
export function communitiesOf(list: Community[] | undefined): Communities {
  if (!list) return NO_COMMUNITIES;
  const byPerson = new Map<string, number>();
  for (const c of list) for (const id of c.members) byPerson.set(id, c.index);
  return { byPerson, list };
}
