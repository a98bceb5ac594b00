/**
 * `enrich FILE --out FILE [--mailto EMAIL]`: Fill in, from the command line. The file is read as
 * the page reads it; every paper with a DOI, an arXiv id or a title and a year is looked up in
 * OpenAlex (and arXiv, for categories); the result is written as the app's JSON. What was filled
 * and what was not, and why, go to stderr. Exit status: 0 written, 2 unreadable file or a service
 * error (nothing written), 1 usage.
 */
import { serialiseCollection } from '../lib/data/app-json';
import { todayIso, type ParseResult } from '../lib/data/paper';
import { createMemoryCache } from '../lib/online/cache';
import { fillIn } from '../lib/online/fill-in';
import { fillSummary } from '../lib/online/fill-note';
import { createHttp } from '../lib/online/http';
import type { Clock } from '../lib/online/rate-limit';

export interface EnrichRequest {
  file: string;
  out: string;
  mailto?: string;
}

export interface EnrichDeps {
  fetch: typeof fetch;
  load: (file: string, asOf: string | undefined) => Promise<ParseResult | null>;
  writeFile: (path: string, text: string) => void;
  log: (line: string) => void;
  clock?: Clock;
  asOf?: string;
}

/** Runs one enrich command; returns the exit status. */
export async function runEnrich(req: EnrichRequest, deps: EnrichDeps): Promise<number> {
  const result = await deps.load(req.file, deps.asOf);
  if (!result) return 2;
  const http = createHttp({ fetch: deps.fetch, cache: createMemoryCache(), clock: deps.clock });
  deps.log(
    `Asking api.openalex.org${req.mailto ? ` (polite pool, ${req.mailto})` : ''} and export.arxiv.org (one request every 3 s) about ${result.papers.length} papers…`,
  );
  const got = await fillIn(http, result.papers, {
    useArxiv: true,
    mailto: req.mailto,
    asOf: deps.asOf ?? todayIso(),
    onProgress: (done, total) => {
      if (done === total || done % 25 === 0) deps.log(`  ${done} of ${total} looked up`);
    },
  });
  if (!got.ok) {
    deps.log(`${got.error.message} Nothing was written.`);
    return 2;
  }
  const report = got.value;
  for (const p of report.problems) deps.log(`${p.file}: ${p.message}`);
  for (const n of report.notFilled) deps.log(`Not filled: “${n.title}”: ${n.reason}.`);
  deps.log(fillSummary(report));
  deps.writeFile(req.out, serialiseCollection({ profile: result.profile ?? null, papers: report.papers }));
  deps.log(`Wrote ${report.papers.length} papers to ${req.out}.`);
  return 0;
}

/** `enrich FILE --out FILE [--mailto EMAIL] [--as-of YYYY-MM-DD]` with Node's fetch. */
export async function enrichCommand(
  positional: string[],
  options: Record<string, string>,
  usageText: string,
): Promise<number> {
  if (positional.length !== 1 || !options.out) {
    process.stderr.write(`enrich needs one file and --out FILE\n${usageText}\n`);
    return 1;
  }
  const { writeFileSync } = await import('node:fs');
  const { checkAsOf, loadFile } = await import('./load-file');
  const bad = checkAsOf(options['as-of']);
  if (bad) {
    process.stderr.write(`${bad}\n`);
    return 1;
  }
  return runEnrich(
    { file: positional[0], out: options.out, mailto: options.mailto },
    {
      fetch,
      load: loadFile,
      writeFile: (path, text) => writeFileSync(path, text),
      log: (line) => process.stderr.write(`${line}\n`),
      asOf: options['as-of'],
    },
  );
}
