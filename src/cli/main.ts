/**
 * Command line: the app's own data, model and chart code, run in Node.
 *
 *   npm run --silent cli -- summary FILE... [--as-of YYYY-MM-DD]
 *   npm run --silent cli -- render CHART FILE --out PATH [options]
 *   npm run --silent cli -- fetch openalex|orcid|arxiv QUERY --out FILE [--mailto EMAIL]
 *   npm run --silent cli -- enrich FILE --out FILE [--mailto EMAIL]
 *
 * Exit status: 0 on success, 2 for a bad file (message on stderr naming the file and line), 1 for
 * wrong usage.
 */
import { register } from 'node:module';
import { summariseCollection } from '../lib/model/collection-summary';
import { parseArgs } from './args';
import { checkAsOf, loadFiles } from './load-file';

const USAGE = `Usage:
  npm run --silent cli -- summary FILE... [--as-of YYYY-MM-DD]
                                                               JSON summary of publication lists, merged as the page merges them
  npm run --silent cli -- render CHART FILE --out PATH ...      a chart as .svg or .png (“render” alone lists its options)
  npm run --silent cli -- fetch openalex|orcid|arxiv QUERY --out FILE [--mailto EMAIL]
                                                               a researcher's works from an online source, as the app's JSON
  npm run --silent cli -- enrich FILE --out FILE [--mailto EMAIL]
                                                               fill in citations, abstracts, full author lists, topics and
                                                               arXiv categories from OpenAlex and arXiv, as the app's JSON`;

async function summary(files: string[], asOf: string | undefined): Promise<number> {
  const result = await loadFiles(files, asOf);
  if (!result) return 2;
  process.stdout.write(`${JSON.stringify(summariseCollection(result), null, 2)}\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (!args.ok) {
    process.stderr.write(`${args.message}\n${USAGE}\n`);
    return 1;
  }
  const [command, ...rest] = args.positional;
  if (command === 'summary' && rest.length > 0) {
    const bad = checkAsOf(args.options['as-of']);
    if (bad) {
      process.stderr.write(`${bad}\n`);
      return 1;
    }
    return summary(rest, args.options['as-of']);
  }
  if (command === 'render') {
    // The app's state classes are Svelte rune modules: compile them on import (see svelte-hooks.mjs).
    register('./svelte-hooks.mjs', import.meta.url);
    const { render } = await import('./render');
    return render(rest, args.options);
  }
  if (command === 'fetch') {
    const { fetchCommand } = await import('./fetch');
    return fetchCommand(rest, args.options, USAGE);
  }
  if (command === 'enrich') {
    const { enrichCommand } = await import('./enrich');
    return enrichCommand(rest, args.options, USAGE);
  }
  process.stderr.write(`${USAGE}\n`);
  return 1;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
