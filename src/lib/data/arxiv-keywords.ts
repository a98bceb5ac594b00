/**
 * arXiv categories in a keyword list. NASA ADS copies an arXiv paper's categories into its
 * keywords by their full names, "Archive - Category" ("Astrophysics - High Energy Astrophysical
 * Phenomena" is astro-ph.HE) or the archive's name when the archive is the category ("Nuclear
 * Experiment" is nucl-ex). Only those exact names count: "Physics" or "galaxies: evolution" are
 * subject words, not categories.
 */
import { ARCHIVES, CATEGORIES } from './arxiv-taxonomy';

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
  const pieces = keywords.split(/[,;]/).map((p) => p.trim());
  const found: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    for (let n = Math.min(MAX_PIECES, pieces.length - i); n >= 1; n--) {
      const id = byName.get(fold(pieces.slice(i, i + n).join(', ')));
      if (id === undefined) continue;
      if (!found.includes(id)) found.push(id);
      i += n - 1;
      break;
    }
  }
  return found;
}
