/**
 * What an OpenAlex work tells beyond the bibliographic record: `cited_by_count` and
 * `counts_by_year` (counted as of the work's `updated_date`), its `type`, `keywords`, topics with
 * their subfield, field and domain, the open-access full text and a code repository among its
 * locations. Bad counts are reported through `report` and left out.
 */
import { readCount, readCountsByYear, type Report } from './citations';
import { list, obj, str, type Json } from './json-helpers';
import type { Paper, PaperLinks, Topic } from './paper';
import { codeLink } from './record-ids';
import { collapseSpaces } from './tidy-text';
import { workTypeOf } from './work-types';

export const OPENALEX_SOURCE = 'OpenAlex';

type Extras = Pick<Paper, 'citations' | 'citationsByYear' | 'type' | 'keywords' | 'topics'>;

/** The extras of work `w` published in `year`; `asOf` stands in when the work has no `updated_date`. */
export function openAlexExtras(w: Json, year: number | null, asOf: string, report: Report): Extras {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(str(w.updated_date))?.[0] ?? asOf;
  const count = readCount(w.cited_by_count, 'The citation count (cited_by_count)', report);
  const pairs = list(w.counts_by_year).map((c) => [obj(c).year, obj(c).cited_by_count] as const);
  const byYear = Array.isArray(w.counts_by_year)
    ? readCountsByYear(pairs, { publicationYear: year, asOf: day }, report)
    : undefined;
  const type = str(w.type) ? (workTypeOf(str(w.type)) ?? 'other') : undefined;
  const keywords = list(w.keywords)
    .map((k) => collapseSpaces(typeof k === 'string' ? k : str(obj(k).display_name)))
    .filter(Boolean);
  return {
    ...(count !== null ? { citations: { count, source: OPENALEX_SOURCE, asOf: day } } : {}),
    ...(count !== null && byYear ? { citationsByYear: byYear } : {}),
    ...(type ? { type } : {}),
    ...(keywords.length ? { keywords: [...new Set(keywords)] } : {}),
    ...(topicsOf(w).length ? { topics: topicsOf(w) } : {}),
  };
}

/** Topics, the primary first, each once, with the names of the levels above it. */
export function topicsOf(w: Json): Topic[] {
  const seen = new Set<string>();
  const topics: Topic[] = [];
  for (const t of [obj(w.primary_topic), ...list(w.topics).map(obj)]) {
    const name = collapseSpaces(str(t.display_name));
    if (!name || seen.has(name)) continue;
    seen.add(name);
    const level = (k: string) => collapseSpaces(str(obj(t[k]).display_name));
    const [subfield, field, domain] = [level('subfield'), level('field'), level('domain')];
    topics.push({
      name,
      ...(subfield ? { subfield } : {}),
      ...(field ? { field } : {}),
      ...(domain ? { domain } : {}),
    });
  }
  return topics;
}

/** The open-access full text and a code repository, where the work's locations name them. */
export function openAlexLinks(w: Json): Pick<PaperLinks, 'oa' | 'code'> {
  const best = obj(w.best_oa_location);
  const oa = str(obj(w.open_access).oa_url) || str(best.pdf_url) || str(best.landing_page_url);
  const urls = [w.primary_location, w.best_oa_location, ...list(w.locations)]
    .map(obj)
    .flatMap((l) => [str(l.landing_page_url), str(l.pdf_url)]);
  const code = urls.map(codeLink).find(Boolean);
  return { ...(oa ? { oa } : {}), ...(code ? { code } : {}) };
}
