/**
 * Clauses as the user sees them: the filter value a view publishes, with a chip's label and a
 * screen reader's description. One builder per source, so a click, a key press, the URL and the
 * command line make the same clause. The value alone is what sources filter by (source/filter.ts).
 */
import { categoryTitle, titleOf } from '../data/category-label';
import { groupInfo, NO_GROUP } from '../model/group-info';
import { GROUP_KIND_LABELS, type GroupKind } from '../model/group-kinds';
import type { ClauseValues, FilterClause, SourceId } from '../source/filter';
import { noun, yearsPhrase } from '../text/count-words';

/** A filter clause with the words that show it. */
export type Clause<S extends SourceId = SourceId> = Extract<FilterClause, { source: S }> & {
  /** Short text for the chip: "2021–2023", "astro-ph.GA". */
  label: string;
  /** Longer text for screen readers and tooltips. */
  description: string;
  /** How the URL names the values: people's names, terms' written forms (else the values). */
  names?: readonly string[];
};

export function yearsClause(range: ClauseValues['timeline']): Clause<'timeline'> {
  const from = Math.min(range.from, range.to);
  const to = Math.max(range.from, range.to);
  const label = from === to ? String(from) : `${from}–${to}`;
  return { source: 'timeline', value: { from, to }, label, description: `Years ${label}` };
}

/** Groups of a kind by id ('' the papers without a value); arXiv categories unless `kind` says. */
export function categoriesClause(ids: readonly string[], kind: GroupKind = 'category'): Clause<'categories'> {
  const short = ids.map((id) => groupInfo(kind, id).short).join(', ');
  const titles = ids.map((id) =>
    kind === 'category' && id !== NO_GROUP ? categoryTitle(id) : titleOf(groupInfo(kind, id)),
  );
  return {
    source: 'categories',
    value: { kind, ids: [...ids] },
    label: kind === 'category' ? short : `${GROUP_KIND_LABELS[kind]}: ${short}`,
    description: `${kind === 'category' ? 'Categories' : GROUP_KIND_LABELS[kind]}: ${titles.join('; ')}`,
  };
}

/** People by id, with their display names (in the same order). */
export function peopleClause(ids: readonly string[], names: readonly string[]): Clause<'network'> {
  return {
    source: 'network',
    value: [...ids],
    names: [...names],
    label: names.join(' & '),
    description: ids.length > 1 ? `Joint papers of ${names.join(' and ')}` : `Papers with ${names[0]}`,
  };
}

export function communityClause(index: number, name: string): Clause<'community'> {
  return {
    source: 'community',
    value: index,
    label: `Community ${index + 1}: ${name}`,
    description: `Papers with a member of coauthor community ${index + 1} (${name})`,
  };
}

/** Terms by key, with the written forms to show (in the same order). */
export function termsClause(keys: readonly string[], surfaces: readonly string[]): Clause<'term'> {
  return {
    source: 'term',
    value: [...keys],
    names: [...surfaces],
    label: surfaces.map((t) => `“${t}”`).join(' & '),
    description: `Papers mentioning ${surfaces.join(' and ')}`,
  };
}

export function searchClause(query: string): Clause<'search'> {
  return { source: 'search', value: query, label: `“${query}”`, description: `Text search: ${query}` };
}

export function codeClause(): Clause<'code'> {
  return { source: 'code', value: true, label: 'Has code', description: 'Papers with code available' };
}

/** Papers cited in a span of years (by their per-year counts). */
export function citedYearsClause(range: { from: number; to: number }): Clause<'cited'> {
  const from = Math.min(range.from, range.to);
  const to = Math.max(range.from, range.to);
  return {
    source: 'cited',
    value: { kind: 'years', from, to },
    label: `Cited ${yearsPhrase(from, to)}`,
    description: `Papers cited ${yearsPhrase(from, to)} (by their citations per year)`,
  };
}

/** Chosen papers by id, with their titles (in the same order). */
export function citedPapersClause(ids: readonly string[], titles: readonly string[]): Clause<'cited'> {
  const short = (t: string) => (t.length > 40 ? `${t.slice(0, 39)}…` : t);
  return {
    source: 'cited',
    value: { kind: 'papers', ids: [...ids] },
    label: titles.map(short).join(' & '),
    description: `${noun(ids.length, 'Paper')}: ${titles.join('; ')}`,
  };
}

/** The values alone: what a source filters by. */
export function filterOf(clauses: readonly Clause[]): FilterClause[] {
  return clauses.map(({ source, value }) => ({ source, value }) as FilterClause);
}

/**
 * The list views read when their source has no clause: one shared empty list, so a view's
 * derived selection stays equal (and its chart is not redrawn) while other sources' clauses change.
 */
export const NO_IDS: readonly string[] = Object.freeze([]);

/**
 * The ids a group clause selects when the views show groups of `kind` (NO_IDS when the clause is
 * of another kind: its chip still filters, but no group of this kind is highlighted).
 */
export function groupIds(value: ClauseValues['categories'] | undefined, kind: GroupKind): readonly string[] {
  return value && value.kind === kind ? value.ids : NO_IDS;
}

/**
 * A list clause's next value after a click on `id`: alone (again: none), or with Shift/Ctrl/Cmd
 * added to or taken from the others.
 */
export function toggled(current: readonly string[], id: string, additive: boolean): string[] {
  if (additive) return current.includes(id) ? current.filter((c) => c !== id) : [...current, id];
  return current.length === 1 && current[0] === id ? [] : [id];
}
