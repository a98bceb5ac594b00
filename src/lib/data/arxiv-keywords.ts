/**
 * arXiv categories in a keyword list. NASA ADS copies an arXiv paper's categories into its
 * keywords by their full names, "Archive - Category" ("Astrophysics - High Energy Astrophysical
 * Phenomena" is astro-ph.HE) or the archive's name when the archive is the category ("Nuclear
 * Experiment" is nucl-ex). Only those exact names count: "Physics" or "galaxies: evolution" are
 * subject words, not categories.
 */
import { ARCHIVES, CATEGORIES, canonicalCategory } from './arxiv-taxonomy';

const fold = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();

const byName: ReadonlyMap<string, string> = (() => {
  const archiveName = new Map(ARCHIVES.map((a) => [a.id, a.name]));
  const names = new Map<string, string>();
  for (const c of CATEGORIES) {
    if (c.legacy) continue;
    const archive = archiveName.get(c.archive) ?? c.archive;
    // A standalone archive (hep-th) is named once; a subject class after its archive.
    names.set(fold(c.id === c.archive ? archive : `${archive} - ${c.name}`), c.id);
  }
  return names;
})();

/** Names with commas ("Data Analysis, Statistics and Probability") span several list items. */
const MAX_PIECES = 3;

/** The arXiv categories named in `keywords` (comma or semicolon separated), in order, once each. */
export function categoriesInKeywords(keywords: string): string[] {
  return splitKeywords(keywords).categories;
}

/**
 * A keyword list as the categories it names and the other keywords, in order, once each. Besides
 * full arXiv names, category ids count (`astro-ph.GA`, `hep-th`, `openalex:Galaxies`): the app's
 * own exports list a paper's categories among its keywords.
 */
export function splitKeywords(keywords: string): { categories: string[]; others: string[] } {
  // A scheme's id keeps its commas ("openalex:Cancer, Hypoxia, and Metabolism" ends at a semicolon).
  const pieces = keywords
    .split(';')
    .flatMap((part) => (/^\s*(?:openalex|s2):/.test(part) ? [part] : part.split(',')))
    .map((p) => p.trim());
  const categories: string[] = [];
  const others: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    let n = Math.min(MAX_PIECES, pieces.length - i);
    const id = categoryId(pieces[i]);
    if (id) {
      if (!categories.includes(id)) categories.push(id);
      continue;
    }
    for (; n >= 1; n--) {
      const id = byName.get(fold(pieces.slice(i, i + n).join(', ')));
      if (id === undefined) continue;
      if (!categories.includes(id)) categories.push(id);
      i += n - 1;
      break;
    }
    if (n === 0 && pieces[i] && !others.some((o) => fold(o) === fold(pieces[i]))) others.push(pieces[i]);
  }
  return { categories, others };
}

/** The category a keyword is the id of: an arXiv id as written (dotted ids in any case), or a scheme's. */
function categoryId(piece: string): string | null {
  if (/^(?:openalex|s2):\S/.test(piece)) return piece;
  const id = canonicalCategory(piece);
  return id && (id === piece || piece.includes('.')) ? id : null;
}
