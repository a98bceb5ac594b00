/**
 * A paper's group under a "Group by" kind as the views use it, and what a reader sees for a group.
 * The group of a paper without a value is '' — a real group ("No venue") that is counted, drawn,
 * coloured grey and can be clicked like any other.
 *
 * Under 'category' a paper's groups are its categories as listed (other schemes' topics too, as
 * the category views always showed them); other kinds are `groupsOf`'s.
 */
import { categoryInfo, type CategoryInfo } from '../data/category-label';
import type { Paper } from '../data/paper';
import { GROUP_KIND_LABELS, groupLabel, groupsOf, NO_GROUP_LABELS, type GroupKind } from './group-kinds';

type Groupable = Pick<Paper, 'categories' | 'topics' | 'venue' | 'keywords' | 'type'>;

/** The id of the group of papers without a value. */
export const NO_GROUP = '';

/** How a URL or the command line names that group ("venue=(none)"): no value is written so. */
export const NO_GROUP_TEXT = '(none)';

/** Every group a paper is in under `kind`, the primary first; [] when it has no value. */
export function paperGroups(paper: Groupable, kind: GroupKind): readonly string[] {
  return kind === 'category' ? paper.categories : groupsOf(paper, kind);
}

/** The paper's primary group under `kind`; NO_GROUP when it has none. */
export function primaryGroup(paper: Groupable, kind: GroupKind): string {
  return paperGroups(paper, kind)[0] ?? NO_GROUP;
}

/** Headings of the groups of each kind in the categories view (arXiv groups by archive). */
const HEADINGS: Readonly<Record<Exclude<GroupKind, 'category'>, string>> = {
  field: 'Fields',
  venue: 'Venues',
  keyword: 'Keywords',
  type: 'Types',
};

/** The short label, name and heading of a group (an arXiv category's from the taxonomy). */
export function groupInfo(kind: GroupKind, id: string): CategoryInfo {
  if (id === NO_GROUP) {
    const label = NO_GROUP_LABELS[kind];
    return { id, short: label, name: label, group: 'Without a value', arxiv: false };
  }
  if (kind === 'category') return categoryInfo(id);
  const label = groupLabel(kind, id);
  return { id, short: label, name: label, group: HEADINGS[kind], arxiv: false };
}

/** "Venue: Nature", "arXiv category: astro-ph.GA", "Venue: No venue". */
export function groupTitle(kind: GroupKind, id: string): string {
  const info = groupInfo(kind, id);
  const text = info.short === info.name ? info.name : `${info.short} — ${info.name}`;
  return `${GROUP_KIND_LABELS[kind]}: ${text}`;
}

/** A group kind's noun, singular and plural, for the views' sentences. */
export const GROUP_NOUNS: Readonly<Record<GroupKind, readonly [string, string]>> = {
  category: ['category', 'categories'],
  field: ['field', 'fields'],
  venue: ['venue', 'venues'],
  keyword: ['keyword', 'keywords'],
  type: ['type', 'types'],
};
