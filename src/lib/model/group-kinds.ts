/**
 * What papers can be grouped by when a list has no arXiv categories: the "Group by" kinds, the
 * groups a paper falls in under each, and the kind a list is best shown by.
 *
 *   category  arXiv categories (the primary first)
 *   field     OpenAlex fields of the paper's topics; else Semantic Scholar fields of study; else
 *             OpenAlex topic names (papers read before topics were kept)
 *   venue     the journal, proceedings or publisher
 *   keyword   the source's keywords (author keywords, tags, OpenAlex keywords)
 *   type      journal article, preprint, conference paper, book, …
 *
 * A paper without a value is in no group; views show those papers as a group of their own.
 */
import { categoryShort } from '../data/category-label';
import type { Paper, WorkType } from '../data/paper';
import { WORK_TYPE_LABELS } from '../data/work-types';

export type GroupKind = 'category' | 'field' | 'venue' | 'keyword' | 'type';

/** The kinds in the order a default is looked for. */
export const GROUP_KINDS: readonly GroupKind[] = ['category', 'field', 'venue', 'keyword', 'type'];

export const GROUP_KIND_LABELS: Readonly<Record<GroupKind, string>> = {
  category: 'arXiv category',
  field: 'Field (OpenAlex)',
  venue: 'Venue',
  keyword: 'Keyword',
  type: 'Type',
};

/** The name of the group of papers without a value. */
export const NO_GROUP_LABELS: Readonly<Record<GroupKind, string>> = {
  category: 'No category',
  field: 'No field',
  venue: 'No venue',
  keyword: 'No keyword',
  type: 'No type',
};

type Groupable = Pick<Paper, 'categories' | 'topics' | 'venue' | 'keywords' | 'type'>;

/** The groups a paper is in under `kind`, the primary first, each once; [] when it has no value. */
export function groupsOf(paper: Groupable, kind: GroupKind): string[] {
  switch (kind) {
    case 'category':
      return paper.categories.filter((c) => !c.includes(':'));
    case 'field':
      return fieldsOf(paper);
    case 'venue':
      return paper.venue.trim() ? [paper.venue.trim()] : [];
    case 'keyword':
      return [...(paper.keywords ?? [])];
    case 'type':
      return paper.type ? [paper.type] : [];
  }
}

function fieldsOf(paper: Groupable): string[] {
  const fields = (paper.topics ?? []).map((t) => t.field).filter((f): f is string => Boolean(f));
  if (fields.length) return [...new Set(fields)];
  const scheme = (prefix: string) =>
    paper.categories.filter((c) => c.startsWith(prefix)).map((c) => c.slice(prefix.length));
  const s2 = scheme('s2:');
  return s2.length ? s2 : scheme('openalex:');
}

/** How many papers have at least one group under `kind`. */
export function groupCoverage(papers: readonly Groupable[], kind: GroupKind): number {
  return papers.filter((p) => groupsOf(p, kind).length > 0).length;
}

/**
 * The kind to show a list by: the first (in `GROUP_KINDS` order) that covers most papers (more
 * than half) with groups that papers share (two papers a group on average; a venue list where
 * every paper has a venue of its own groups nothing). Failing that, the kind that covers the most
 * papers with shared groups, then the one that covers the most (the earlier on a tie); 'category'
 * for a list where no kind covers any paper.
 */
export function bestGroupKind(papers: readonly Groupable[]): GroupKind {
  const stats = GROUP_KINDS.map((kind) => {
    const primaries = papers.map((p) => groupsOf(p, kind)[0]).filter((g) => g !== undefined);
    return { kind, n: primaries.length, shared: new Set(primaries).size * 2 <= primaries.length };
  });
  const most = stats.find((s) => s.shared && s.n * 2 > papers.length);
  if (most) return most.kind;
  const none = { kind: 'category' as GroupKind, n: 0, shared: false };
  const widest = (list: typeof stats) => list.reduce((a, b) => (b.n > a.n ? b : a), none);
  const shared = widest(stats.filter((s) => s.shared));
  if (shared.n > 0) return shared.kind;
  return widest(stats).kind;
}

/** Papers per primary group, most first (ties by name), the papers without one last as `null`. */
export function groupCounts(
  papers: readonly Groupable[],
  kind: GroupKind,
): { group: string | null; papers: number }[] {
  const counts = new Map<string, number>();
  let none = 0;
  for (const p of papers) {
    const first = groupsOf(p, kind)[0];
    if (first === undefined) none++;
    else counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  const rows: { group: string | null; papers: number }[] = [...counts]
    .map(([group, n]) => ({ group, papers: n }))
    .sort((a, b) => b.papers - a.papers || a.group.localeCompare(b.group));
  return none > 0 ? [...rows, { group: null, papers: none }] : rows;
}

/** What a reader sees for a group: the arXiv id, the type's name, or the value itself. */
export function groupLabel(kind: GroupKind, group: string | null): string {
  if (group === null) return NO_GROUP_LABELS[kind];
  if (kind === 'category') return categoryShort(group);
  if (kind === 'type') return WORK_TYPE_LABELS[group as WorkType] ?? group;
  return group;
}
