/**
 * The selection that the render command's filters describe: the URL's parameters, decoded and
 * turned into clauses by the same code as the address bar, in the app's own Selection, with
 * people and colours derived as the app's collection store derives them.
 */
import aliasesJson from '../../data/aliases.json';
import type { ParseResult } from '../lib/data/paper';
import { chooseOwner } from '../lib/model/owner';
import { mergePeople, type AliasTable, type PeopleIndex } from '../lib/model/name-merge';
import { categoryColors } from '../lib/model/palette';
import { decodeContext, urlToClauses } from '../lib/state/selection-url';
import { collectionCommunities } from '../lib/model/communities';
import * as terms from '../lib/model/terms';

const decoders = { communities: collectionCommunities, terms };
import { Selection } from '../lib/state/selection.svelte';
import { decodeUrlState } from '../lib/state/url-state';

const aliases: AliasTable = { same: aliasesJson.same ?? [], different: aliasesJson.different ?? [] };

/** People, colours and the selection of a parsed file for URL-style `filters`, with decoding notices. */
export function selectionFor(
  result: ParseResult,
  filters: URLSearchParams,
): { selection: Selection; people: PeopleIndex; colors: Map<string, string>; notices: string[] } {
  const { papers } = result;
  const owner = chooseOwner(papers, result.profile, mergePeople(papers, { aliases })).name;
  const people = mergePeople(papers, { owner, aliases });
  const { state, notices } = decodeUrlState(filters.toString(), decodeContext(papers, people, decoders));
  const selection = new Selection();
  selection.replaceAll(urlToClauses(state, people, papers, decoders));
  return { selection, people, colors: categoryColors(papers), notices };
}
