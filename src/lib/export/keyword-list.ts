import type { Paper } from '../data/paper';

/**
 * A paper's categories and keywords as one keyword field, as BibTeX and CSL-JSON carry them:
 * comma-separated, or semicolon-separated when a keyword holds a comma of its own. The app's
 * readers take the category ids back as categories.
 */
export function keywordList(p: Pick<Paper, 'categories' | 'keywords'>): string {
  const all = [...p.categories, ...(p.keywords ?? [])];
  return all.join(all.some((k) => k.includes(',')) ? '; ' : ', ');
}
