/**
 * The two-letter category codes of a profile page ("GA", "LG", "CV") as arXiv category ids.
 */
import { categoriesWithSuffix } from './arxiv-taxonomy';

/** A code's arXiv id (null when no category ends in it) and whether it had to be guessed. */
export type CategoryResolver = (code: string) => { id: string | null; guessed: boolean };

/**
 * Resolves two-letter codes to arXiv ids. Ambiguous codes (CV: cs.CV or math.CV) go to the archive
 * the rest of the profile uses most, and are marked as guessed.
 */
export function categoryResolver(codes: string[], mainCode: string | null): CategoryResolver {
  const archiveCount = new Map<string, number>();
  for (const code of [...codes, ...(mainCode ? [mainCode] : [])]) {
    const options = categoriesWithSuffix(code);
    if (options.length === 1)
      archiveCount.set(options[0].archive, (archiveCount.get(options[0].archive) ?? 0) + 1);
  }
  const cache = new Map<string, { id: string | null; guessed: boolean }>();
  return (code) => {
    let hit = cache.get(code);
    if (!hit) {
      const options = categoriesWithSuffix(code);
      if (options.length === 0) hit = { id: null, guessed: false };
      else if (options.length === 1) hit = { id: options[0].id, guessed: false };
      else {
        // Most-used archive wins; ties go to the taxonomy's order, which lists astro-ph and cs early.
        const best = options.reduce((a, c) =>
          (archiveCount.get(c.archive) ?? 0) > (archiveCount.get(a.archive) ?? 0) ? c : a,
        );
        hit = { id: best.id, guessed: true };
      }
      cache.set(code, hit);
    }
    return hit;
  };
}
