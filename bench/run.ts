/**
 * The project's benchmark: `npm run bench [-- --quick] [-- --json] [-- --only source-counts,layout]`.
 * Each comparison runs ours and the peer side by side in this one process, interleaved, so the
 * ratios hold on a shared, noisy machine. Prints a table (or, with --json, exactly one JSON
 * object `{"results": [...]}`) and writes both to bench-out/.
 *
 *   source-counts (10^5, 10^6 papers)     a category click's counts: the store's cubes vs crossfilter2 and the page's pass
 *   layout (2,000 people)                 multilevel ForceAtlas2 vs plain d3-force
 *   text-search (10^5 papers)             word index vs the substring scan it replaced
 *   group (10^5 papers)                   a venue click and counts by venue/type beside categories'
 *   coauthor-pairs (10^5 papers)          all distinct coauthor pairs beside the top graph
 *   bundle                                initial JS, gzip
 *   stream (10^5, 10^6 lines)             the stream reader in Node, plain and gzip, beside JSON.parse
 *   stream-browser (10^5, 10^6 lines)     the stream reader in a Chromium worker on File.stream()
 *   stream-preview (10^5 lines)           the app: first views while a file streams, the end, a reload
 *   save-format (10^5, 10^6 papers)       Parquet (hyparquet) vs Arrow IPC (flechette): size, write, read
 *   browser-filter (10^5 papers)          built app in headless Chromium, click → views updated
 *   browser-field (10^5, 10^6 papers)     the same through the file picker: the collection kept in its worker, memory
 *   browser-saved (10^5, 10^6 papers)     the field saved as Parquet in the page and opened again: every view drawn
 *   browser-memory (opt-in, 5·10^4–2·10^5) the page's memory with the collection drawn
 *   serve (opt-in, 10^6; --serve-papers N) load rate and questions on DuckDB and two ClickHouse shards
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { createSynthetic } from '../src/dev/synthetic';
import { arxivLines } from '../src/dev/synthetic-record';
import { runBrowserBench, runMemoryBench } from './browser';
import { runSavedBench } from './browser-saved';
import { buildApp, runBundleBench } from './bundle';
import { benchRows } from './data';
import { runGroupBench } from './group';
import { runLayoutBench } from './layout';
import { generatedFile, gzippedFile } from './generated-files';
import { runSaveFormatInChild } from './save-format';
import { runStreamBench } from './stream';
import { runSourceCountsBench } from './source-counts';
import { runStreamBrowserBench } from './stream-browser';
import { runStreamPreviewBench } from './stream-preview';
import { runServeBench } from './serve';
import { formatTable } from './table';
import { runTextSearchBench } from './text-search';
import { runCoauthorPairsBench } from './coauthor-pairs';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean' },
    quick: { type: 'boolean' },
    only: { type: 'string' },
    'serve-papers': { type: 'string' },
  },
});
const quick = values.quick === true;
const only = values.only ? new Set(values.only.split(',')) : null;
const want = (name: string) => !only || only.has(name);
const log = (text: string) => process.stderr.write(`${text}\n`);
const size = {
  /** Collections a category click is counted on, with rounds at each size. */
  sourceCounts: quick
    ? [{ papers: 20_000, rounds: 10 }]
    : [
        { papers: 100_000, rounds: 30 },
        { papers: 1_000_000, rounds: 15 },
      ],
  layoutNodes: quick ? 500 : 2000,
  layoutRounds: quick ? 1 : 3,
  searchLines: quick ? 20_000 : 100_000,
  searchRounds: quick ? 2 : 5,
  browserLines: quick ? 10_000 : 100_000,
  /** Files of generated papers opened through the picker (browser-field). */
  fieldPapers: quick ? [100_000] : [100_000, 1_000_000],
  /** Generated files read as streams, and collections saved, with rounds at each size. */
  stream: quick
    ? [{ papers: 20_000, rounds: 2 }]
    : [
        { papers: 100_000, rounds: 3 },
        { papers: 1_000_000, rounds: 1 },
      ],
  saveFormat: quick
    ? [{ papers: 20_000, rounds: 2 }]
    : [
        { papers: 100_000, rounds: 3 },
        { papers: 1_000_000, rounds: 1 },
      ],
};
const OUT = 'bench-out';
const DIST = `${OUT}/dist`;
mkdirSync(OUT, { recursive: true });

const results: Record<string, unknown>[] = [];
const record = (r: Record<string, unknown>) => {
  results.push(r);
  log(`  ${JSON.stringify(r)}`);
};
const started = Date.now();

if (want('source-counts')) {
  for (const { papers, rounds } of size.sourceCounts) {
    log(`Counts of a category click on ${papers} papers…`);
    record(await runSourceCountsBench(benchRows(papers), rounds));
  }
}
if (want('layout')) {
  log(`Layout of ${size.layoutNodes} people…`);
  record(runLayoutBench(size.layoutNodes, size.layoutNodes * 5, size.layoutRounds));
}
let lines: string[] = [];
const linesOf = (n: number) => {
  if (lines.length !== n) lines = [...arxivLines(createSynthetic({ papers: n, seed: 1 }), 1)];
  return lines;
};
if (want('text-search')) {
  log(`Text search of ${size.searchLines} papers…`);
  record(runTextSearchBench(linesOf(size.searchLines), size.searchRounds));
}
if (want('group')) {
  log(`Grouping ${size.searchLines} papers by venue and type…`);
  record(runGroupBench(linesOf(size.searchLines), size.searchRounds * 2));
}
if (want('coauthor-pairs')) {
  log(`Coauthor pairs of ${size.searchLines} papers…`);
  record(runCoauthorPairsBench(linesOf(size.searchLines), size.searchRounds));
}
if (want('stream')) {
  log(`Stream reader on ${size.stream.map((s) => s.papers).join(' and ')} generated lines…`);
  for (const r of await runStreamBench(size.stream)) record(r);
}
if (want('stream-browser')) {
  log('Stream reader in Chromium…');
  const [small, large] = size.stream.map((s) => generatedFile(s.papers));
  const files = [small, await gzippedFile(small), ...(large ? [large] : [])];
  for (const r of await runStreamBrowserBench(files, 4300 + Math.floor(Math.random() * 500))) record(r);
}
if (want('save-format')) {
  for (const { papers, rounds } of size.saveFormat) {
    log(`Save format with ${papers} papers…`);
    record(runSaveFormatInChild(papers, rounds));
  }
}
if (
  want('bundle') ||
  want('browser-filter') ||
  want('browser-field') ||
  want('browser-saved') ||
  want('stream-preview') ||
  only?.has('browser-memory')
) {
  log('Building the app…');
  buildApp(DIST);
  if (want('bundle')) record(runBundleBench(DIST));
  if (want('browser-filter')) {
    const browser = (n: number, loadTimeoutMs: number) => {
      log(`Chromium with ${n} papers…`);
      return runBrowserBench({
        outDir: DIST,
        lines: linesOf(n),
        clicks: 24,
        loadTimeoutMs,
        clickBudgetMs: 120_000,
      });
    };
    const main = await browser(size.browserLines, quick ? 90_000 : 240_000);
    record(main);
    // When the full size fails, a tenth of it still tells how far the app is from the goal.
    if (main.error && !quick)
      record({ ...(await browser(size.browserLines / 10, 120_000)), name: 'browser-filter-small' });
  }
  if (want('browser-field')) {
    for (const n of size.fieldPapers) {
      log(`A ${n}-paper file through the picker in Chromium, then clicks and searches…`);
      const path = await gzippedFile(generatedFile(n));
      record(
        await runBrowserBench({
          outDir: DIST,
          lines: [],
          picked: { path, papers: n },
          clicks: 24,
          loadTimeoutMs: 900_000,
          clickBudgetMs: 300_000,
        }),
      );
    }
  }
  if (want('browser-saved')) {
    for (const n of size.fieldPapers) {
      log(`A ${n}-paper file saved as Parquet in Chromium and opened again…`);
      const file = await gzippedFile(generatedFile(n));
      record(await runSavedBench({ outDir: DIST, file, papers: n, saveDir: OUT, timeoutMs: 900_000 }));
    }
  }
  if (want('stream-preview')) {
    const n = quick ? 50_000 : 100_000;
    log(`A ${n}-paper file through the picker in Chromium…`);
    const file = await gzippedFile(generatedFile(n));
    record(await runStreamPreviewBench({ outDir: DIST, file, papers: n }));
  }
  // Memory at growing sizes (opt-in: `--only browser-memory`, several minutes): how far 10^6 is.
  if (only?.has('browser-memory')) {
    for (const n of quick ? [10_000, 20_000] : [50_000, 100_000, 200_000]) {
      log(`Chromium memory with ${n} papers…`);
      record(await runMemoryBench({ outDir: DIST, lines: linesOf(n), loadTimeoutMs: 600_000 }));
    }
  }
}

// The server's engines (opt-in: `--only serve`; minutes, and a ClickHouse install).
if (only?.has('serve')) {
  const papers = Number(values['serve-papers'] ?? (quick ? 100_000 : 1_000_000));
  for (const r of await runServeBench({ papers, rounds: quick ? 3 : 9, outDir: OUT, log })) record(r);
}

const meta = {
  date: new Date().toISOString(),
  machine: `${availableParallelism()} cores, Node ${process.versions.node}`,
  quick,
  seconds: Math.round((Date.now() - started) / 1000),
};
const table = formatTable(results, meta);
writeFileSync(`${OUT}/bench-results.json`, JSON.stringify({ results, ...meta }, null, 2) + '\n');
writeFileSync(`${OUT}/bench-table.txt`, table + '\n');
if (values.json) process.stdout.write(JSON.stringify({ results }) + '\n');
else process.stdout.write(table + '\n');
