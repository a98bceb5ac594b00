import { findArchive, findCategory } from './arxiv-taxonomy';

/** Scheme prefixes for categories that are not arXiv's. */
const SCHEMES: Record<string, string> = {
  openalex: 'OpenAlex topic',
  s2: 'Semantic Scholar field',
  keyword: 'Keyword',
};

export interface CategoryInfo {
  id: string;
  /** Short label: the arXiv id, or the scheme's own label. */
  short: string;
  /** Full name: "Astrophysics of Galaxies". */
  name: string;
  /** Group heading: the arXiv archive name, or the scheme's name. */
  group: string;
  arxiv: boolean;
}

/** Labels for any category id the data model holds (arXiv or prefixed other scheme). */
export function categoryInfo(id: string): CategoryInfo {
  const cat = findCategory(id);
  if (cat) {
    const archive = findArchive(cat.archive);
    return { id, short: cat.id, name: cat.name, group: archive?.name ?? cat.archive, arxiv: true };
  }
  const colon = id.indexOf(':');
  if (colon > 0) {
    const scheme = id.slice(0, colon);
    const label = id.slice(colon + 1);
    return { id, short: label, name: label, group: SCHEMES[scheme] ?? scheme, arxiv: false };
  }
  return { id, short: id, name: id, group: 'Other', arxiv: false };
}

/** The legend's name for papers (or people) without a category. */
export const NO_CATEGORY_LABEL = 'No category';

/**
 * What a reader sees for a category: the arXiv id, or another scheme's own label without the
 * internal prefix ("Computer Science", never "s2:Computer Science"; URLs keep the ids).
 */
export function categoryShort(id: string): string {
  return categoryInfo(id).short;
}

/** "astro-ph.GA — Astrophysics of Galaxies", or the label alone (once) for other schemes. */
export function categoryTitle(id: string): string {
  return titleOf(categoryInfo(id));
}

/** The title of a category's short label and name: both joined, or one when they are the same. */
export function titleOf(c: { short: string; name: string }): string {
  return c.short === c.name ? c.name : `${c.short} — ${c.name}`;
}
