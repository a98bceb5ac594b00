/** Two records of one work become one paper; a list of papers gets unique ids. */
import { combineExtras } from './combine-extras';
import type { Paper } from './paper';

/** The fuller of two records of one paper, with gaps filled from the other. */
export function combinePapers(a: Paper, b: Paper): Paper {
  const score = (p: Paper) =>
    (p.abstract ? 2 : 0) +
    p.categories.length +
    p.authors.length / 100 +
    (p.authorsTruncated ? 0 : 1) +
    (p.precision === 'day' ? 1 : 0);
  const [main, other] = score(b) > score(a) ? [b, a] : [a, b];
  const authorsFromOther =
    main.authors.length === 0 ||
    (main.authorsTruncated && !other.authorsTruncated && other.authors.length > main.authors.length);
  return {
    ...main,
    ...combineExtras(main, other),
    abstract: main.abstract || other.abstract,
    categories: main.categories.length ? main.categories : other.categories,
    authors: authorsFromOther ? other.authors : main.authors,
    authorsTruncated: authorsFromOther ? other.authorsTruncated : main.authorsTruncated,
    hasCode: main.hasCode || other.hasCode,
    venue: main.venue || other.venue,
    links: { ...other.links, ...main.links },
    date: main.date ?? other.date,
    precision: main.date ? main.precision : other.precision,
    year: main.year ?? other.year,
  };
}

/**
 * Views key papers by id. Different works can share one (a preprint's arXiv id on two records
 * with different DOIs): a later one is renamed to its DOI id, or else numbered (`…~2`).
 */
export function uniqueIds(papers: Paper[]): Paper[] {
  const used = new Set<string>();
  return papers.map((p) => {
    let id = p.id;
    if (used.has(id) && p.links.doi) id = `doi:${p.links.doi.toLowerCase()}`;
    for (let n = 2; used.has(id); n++) id = `${p.id}~${n}`;
    used.add(id);
    return id === p.id ? p : { ...p, id };
  });
}
