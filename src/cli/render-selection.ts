/**
 * What the render command draws from: the file's collection opened as the page opens it, in the
 * page's own source, and the selection its filter options ask for, decoded by the same table as
 * the address bar (state/clause-codec.ts).
 */
import aliasesJson from '../../data/aliases.json';
import type { ParseResult } from '../lib/data/paper';
import { emptyProfile } from '../lib/data/paper';
import type { AliasTable } from '../lib/model/name-merge';
import { groupColors } from '../lib/model/palette';
import { openCollection } from '../lib/source/page/open-collection';
import { PageSource } from '../lib/source/page/page-source';
import { decodeClauses } from '../lib/state/clause-codec';
import type { Clause } from '../lib/state/clauses';
import { readGroup } from '../lib/state/url-state';
import type { ViewFrame } from '../lib/views/view';

const aliases: AliasTable = { same: aliasesJson.same ?? [], different: aliasesJson.different ?? [] };

/** The frame a view is drawn for, and the notices of filters that were ignored. */
export async function frameFor(
  result: ParseResult,
  file: string,
  filters: URLSearchParams,
  asOf: string,
  width: number | null,
): Promise<{ frame: ViewFrame; notices: string[] }> {
  const profile = result.profile ?? emptyProfile(asOf);
  const source = new PageSource(
    openCollection({ papers: result.papers, profile, source: file }, { aliases }),
  );
  const { clauses, notices } = await decodeClauses(filters, source);
  // As in the page: the grouping asked for, else the kind of the group filter, else the default.
  const groups = clauses.find((c) => c.source === 'categories') as Clause<'categories'> | undefined;
  const group = readGroup(filters, notices) ?? groups?.value.kind ?? source.info.defaultGroup;
  const frame: ViewFrame = {
    source,
    info: source.info,
    filter: clauses.map(({ source: s, value }) => ({ source: s, value }) as ViewFrame['filter'][number]),
    labels: clauses.map((c) => c.label),
    colors: groupColors(result.papers, group),
    group,
    width,
  };
  return { frame, notices };
}
