/**
 * Finding one paper's OpenAlex work for Fill in: among the works fetched by DOI (a paper without a
 * DOI is asked for by its arXiv DataCite DOI), else by a title search with the year. A work found
 * by DOI whose title shares little with ours is another paper; one found by title must pass
 * `pickMatch`, as for the author completer. Both say why when they refuse.
 */
import { parseOpenAlexValue } from '../data/openalex';
import type { Paper, Problem } from '../data/paper';
import { idMatchProblem } from './fill-match';
import type { Http, RequestOptions } from './http';
import { doiKey, FILL_FIELDS } from './openalex-batch';
import type { OnlineError } from './online-error';
import { pickMatch } from './title-match';
import { workByTitleUrl } from './work-lookup';

const arxivDoi = (id: string) => `10.48550/arxiv.${id.replace(/v\d+$/, '').toLowerCase()}`;

/** The DOI a paper is looked up by: its own, else its arXiv DataCite DOI; '' for neither. */
export const keyOf = (p: Paper): string =>
  p.links.doi ? doiKey(p.links.doi) : p.links.arxiv ? arxivDoi(p.links.arxiv) : '';

/** Whether a paper can be looked up by title: only with a year the source gave. */
export const byTitle = (p: Paper): boolean => p.year !== null && !p.yearInferred;

export type Found = { match: Paper; from: string } | { reason: string } | { error: OnlineError };

/** The OpenAlex work of a paper: by its DOI, else by exact title and year. */
export async function findWork(
  http: Http,
  paper: Paper,
  byDoi: Map<string, Record<string, unknown>>,
  options: RequestOptions & { asOf: string },
  problems: Problem[],
): Promise<Found> {
  const key = keyOf(paper);
  const work = key ? byDoi.get(key) : undefined;
  let reason = key ? `OpenAlex does not know the DOI ${key}` : '';
  if (work) {
    const found = toPaper(work, options.asOf, problems);
    const why = found
      ? idMatchProblem(paper.title, found.title, `The DOI ${key}`)
      : 'OpenAlex sent a work without a title';
    if (found && !why) return { match: found, from: found.source.file };
    reason = why ?? reason;
  }
  if (!byTitle(paper))
    return { reason: reason || 'no DOI or arXiv id, and no year to search the title with' };
  const got = await http.getJson('openalex', workByTitleUrl(paper, FILL_FIELDS), options);
  if (!got.ok) return { error: got.error };
  const results = (got.value as { results?: unknown }).results;
  const candidates = (Array.isArray(results) ? results : []).flatMap(
    (w) => toPaper(w, options.asOf, problems) ?? [],
  );
  const records = candidates.map((p) => ({
    title: p.title,
    year: p.year,
    authors: p.authors,
    from: p.source.file,
  }));
  const picked = pickMatch(paper, records);
  if ('match' in picked) return { match: candidates[records.indexOf(picked.match)], from: picked.match.from };
  return { reason: reason ? `${reason}; by title: ${picked.reason}` : picked.reason };
}

/** One OpenAlex work as a paper whose source names the work's page (problems name it too). */
function toPaper(work: unknown, asOf: string, problems: Problem[]): Paper | null {
  const id = typeof (work as { id?: unknown })?.id === 'string' ? (work as { id: string }).id : 'OpenAlex';
  const parsed = parseOpenAlexValue([work], { file: id, asOf });
  problems.push(...parsed.problems.filter((p) => p.code === 'bad-citations'));
  return parsed.papers[0] ?? null;
}
