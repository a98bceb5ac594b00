/**
 * `fetch openalex|orcid|arxiv QUERY --out FILE [--mailto EMAIL]`: a researcher's works from an
 * online source, written as the app's JSON export (which the app opens like any file).
 *
 *   openalex  a name (the first of OpenAlex's candidates is taken; all are listed on stderr),
 *             an OpenAlex author id (A…) or an ORCID iD resolved through OpenAlex
 *   orcid     an ORCID iD: its works from ORCID's public API (no coauthors there)
 *   arxiv     an author name (au:"…"), an arXiv query (au:…, cat:…) or a list of arXiv ids
 *
 * Progress and problems go to stderr. Exit status: 0 written, 2 nothing could be fetched, 1 usage.
 */
import { serialiseCollection } from '../lib/data/app-json';
import { todayIso, type ParseResult } from '../lib/data/paper';
import { arxivAuthorQuery, fetchArxivIds, fetchArxivQuery, readArxivIds } from '../lib/online/arxiv-fetch';
import { findCandidates } from '../lib/online/find-candidates';
import { createHttp, type Fetched, type Http } from '../lib/online/http';
import { createMemoryCache } from '../lib/online/cache';
import { fetchAuthorWorks } from '../lib/online/openalex-works';
import { fetchOrcidWorks } from '../lib/online/orcid-fetch';
import type { Clock } from '../lib/online/rate-limit';
import { readResearcherInput } from '../lib/online/researcher-input';

export const FETCH_SOURCES = ['openalex', 'orcid', 'arxiv'] as const;

export interface FetchRequest {
  source: string;
  query: string;
  out: string;
  mailto?: string;
}

export interface FetchDeps {
  fetch: typeof fetch;
  writeFile: (path: string, text: string) => void;
  log: (line: string) => void;
  clock?: Clock;
  asOf?: string;
}

/** Runs one fetch command; returns the exit status. */
export async function runFetch(req: FetchRequest, deps: FetchDeps): Promise<number> {
  const http = createHttp({ fetch: deps.fetch, cache: createMemoryCache(), clock: deps.clock });
  const asOf = deps.asOf ?? todayIso();
  const got = await fetchFrom(http, req, asOf, deps.log);
  if (!got.ok) {
    deps.log(`${got.error.message} Nothing was written.`);
    return 2;
  }
  const result = got.value;
  for (const p of result.problems)
    deps.log(`${p.file}${p.record ? `, record ${p.record}` : ''}: ${p.message}`);
  if (result.papers.length === 0) {
    deps.log(`No works found for “${req.query}”. Nothing was written.`);
    return 2;
  }
  deps.writeFile(req.out, serialiseCollection({ profile: result.profile ?? null, papers: result.papers }));
  deps.log(`Wrote ${result.papers.length} papers to ${req.out}.`);
  return 0;
}

async function fetchFrom(
  http: Http,
  req: FetchRequest,
  asOf: string,
  log: (line: string) => void,
): Promise<Fetched<ParseResult>> {
  const options = { asOf, mailto: req.mailto };
  if (req.source === 'arxiv') {
    const ids = readArxivIds(req.query);
    log(`Asking export.arxiv.org (one request every 3 s)…`);
    const onProgress = (p: { fetched: number; total: number | null }) =>
      log(`  ${p.fetched}${p.total !== null ? ` of ${p.total}` : ''} entries`);
    return ids
      ? fetchArxivIds(http, ids, { ...options, onProgress })
      : fetchArxivQuery(http, arxivAuthorQuery(req.query), { ...options, onProgress });
  }
  const input = readResearcherInput(req.query);
  if (req.source === 'orcid') {
    if (input.kind !== 'orcid') return usage(`“${req.query}” is not an ORCID iD (0000-0000-0000-0000).`);
    log(`Asking pub.orcid.org for the works of ${input.orcid}…`);
    return fetchOrcidWorks(http, input.orcid, options);
  }
  log(`Asking api.openalex.org${req.mailto ? ` (polite pool, ${req.mailto})` : ''}…`);
  const candidates = await findCandidates(http, input, options);
  if (!candidates.ok) return candidates;
  if (candidates.value.length === 0) return usage(`OpenAlex found no author for “${req.query}”.`);
  candidates.value.forEach((c, i) =>
    log(
      `${i === 0 ? '→' : ' '} ${c.id} ${c.name} — ${c.institution ?? 'no institution'}, ${c.worksCount} works${c.orcid ? `, ORCID ${c.orcid}` : ''}`,
    ),
  );
  const pick = candidates.value[0];
  return fetchAuthorWorks(http, pick.id, {
    ...options,
    profile: pick.profile,
    onProgress: (p) => log(`  ${p.fetched}${p.total !== null ? ` of ${p.total}` : ''} works`),
  });
}

function usage(message: string): Fetched<ParseResult> {
  return { ok: false, error: { kind: 'not-found', service: 'openalex', message } };
}

/** `fetch SOURCE QUERY --out FILE [--mailto EMAIL]` from the command line, with Node's fetch. */
export async function fetchCommand(
  positional: string[],
  options: Record<string, string>,
  usageText: string,
): Promise<number> {
  const [source, query] = positional;
  if (positional.length !== 2 || !(FETCH_SOURCES as readonly string[]).includes(source) || !options.out) {
    process.stderr.write(
      `fetch needs a source (${FETCH_SOURCES.join(', ')}), a query and --out FILE\n${usageText}\n`,
    );
    return 1;
  }
  const { writeFileSync } = await import('node:fs');
  return runFetch(
    { source, query, out: options.out, mailto: options.mailto },
    {
      fetch,
      writeFile: (path, text) => writeFileSync(path, text),
      log: (line) => process.stderr.write(`${line}\n`),
    },
  );
}
