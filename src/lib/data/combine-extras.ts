/**
 * The optional parts of two records of one work, combined: the larger (then more recent) citation
 * count with its source, per-year counts from the record that counted them, a published type over
 * a preprint, keywords of both, and the first record's topics or else the second's.
 */
import { betterCitations } from './citations';
import { optionalParts, type Paper } from './paper';
import { betterType } from './work-types';

type Extras = Pick<Paper, 'citations' | 'citationsByYear' | 'type' | 'keywords' | 'topics'>;

export function combineExtras(main: Extras, other: Extras): Extras {
  const citations = betterCitations(main.citations, other.citations);
  const [first, second] = citations && citations === other.citations ? [other, main] : [main, other];
  return optionalParts({
    citations,
    citationsByYear: first.citationsByYear ?? second.citationsByYear,
    type: betterType(main.type, other.type),
    keywords: unionOf(main.keywords ?? [], other.keywords ?? []),
    topics: main.topics?.length ? main.topics : other.topics,
  });
}

/** Both lists, in order, each keyword once (case-insensitively). */
function unionOf(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...a, ...b].filter((k) => {
    const key = k.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
