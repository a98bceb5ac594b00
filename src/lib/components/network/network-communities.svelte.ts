/**
 * The network's communities, asked of the source only while they are shown or filtered by: Louvain
 * and its labels (which tokenise every abstract) take seconds at 10^5 papers that a
 * category-coloured network does not need. Clicking a legend entry filters to a community; again
 * lets go. Call during component set-up.
 */
import type { Communities } from '../../model/communities';
import type { DataSource } from '../../source/questions';
import { communityClause } from '../../state/clauses';
import type { Selection } from '../../state/selection.svelte';
import { communitiesOf, NO_COMMUNITIES } from '../../views/network-highlight';
import { asked } from '../asked.svelte';

export interface NetworkCommunities {
  readonly list: Communities;
  /** The community filtered by, or null. */
  readonly selected: number | null;
  toggle(index: number): void;
}

export function networkCommunities(
  source: () => DataSource,
  selection: () => Selection,
  shown: () => boolean,
): NetworkCommunities {
  const selected = $derived(selection().get('community')?.value ?? null);
  const wanted = $derived(shown() || selected !== null);
  const found = asked(source, () => (wanted ? { kind: 'communities' as const } : null));
  const list = $derived(wanted ? communitiesOf(found.answer?.list) : NO_COMMUNITIES);
  return {
    get list() {
      return list;
    },
    get selected() {
      return selected;
    },
    toggle(index) {
      const c = list.list[index];
      const off = selected === index || !c;
      selection().set('community', off ? null : communityClause(index, c.label));
    },
  };
}
