/** The benchmark's readable table: one line per result, ours beside the peer, and the goal it serves. */

type Result = Record<string, unknown>;

const GOALS: Record<string, (r: Result) => string> = {
  // Issue 16: a category click draws the timeline and categories in its own frame; this is the answer's share.
  'source-counts': (r) =>
    verdict(Number(r.cube_p95_ms) <= 16.7, 'answer p95 ≤16.7 ms, one frame (drawing not counted)'),
  layout: (r) =>
    verdict(
      ratio(r.d3_force_ms, r.ours_ms) >= 3 && Number(r.ours_crossings) <= Number(r.d3_force_crossings),
      '≥3× d3-force, crossings ≤ d3',
    ),
  bundle: (r) => verdict(Number(r.initial_js_gzip_bytes) <= 160_000, '≤160 kB gzip'),
  'browser-filter': (r) =>
    r.error
      ? `NO: ${r.error}`
      : verdict(
          Number(r.p95_ms) <= 16.7 && Number(r.search_p95_ms) <= 100 && Number(r.long_task_max_ms) <= 50,
          'filter p95 ≤16.7 ms, search p95 ≤100 ms, no long task >50 ms',
        ),
};

GOALS['browser-filter-small'] = GOALS['browser-filter'];
// Issue 16's goals for a field through the file picker (the collection kept in its worker).
GOALS['browser-field'] = (r) =>
  r.error
    ? `NO: ${r.error}`
    : verdict(
        Number(r.all_views_ms) <= 60_000 &&
          Number(r.first_frame_p95_ms) <= 16.7 &&
          Number(r.p95_ms) <= 100 &&
          Number(r.search_p95_ms) <= 100 &&
          Number(r.long_task_max_clicks_ms) <= 50 &&
          Number(r.browser_pss_peak_mb ?? r.browser_rss_peak_mb ?? r.browser_rss_mb) <= 1500,
        'all views ≤60 s; click: first frame p95 ≤16.7 ms, all views p95 ≤100 ms; search p95 ≤100 ms; no long task >50 ms in clicks; Chromium ≤1.5 GB at its peak (PSS)',
      );
GOALS['browser-saved'] = (r) =>
  r.error
    ? `NO: ${r.error}`
    : verdict(Number(r.parquet_all_views_ms) <= 10_000, 'every view within 10 s from the saved file');
GOALS.stream = (r) =>
  verdict(Number(field(r.plain, 'records_per_s')) >= 100_000, '≥100,000 records/s, quiet machine');
GOALS['stream-browser'] = (r) =>
  verdict(Number(r.records_per_s) >= 100_000, '≥100,000 records/s, quiet machine');
GOALS['stream-browser-cancel'] = (r) => verdict(r.ended === 'cancelled', 'Cancel stops the worker');
GOALS['stream-preview'] = (r) =>
  r.error
    ? `NO: ${r.error}`
    : verdict(
        r.first_views_ms !== undefined &&
          Number(r.first_views_ms) < Number(r.whole_file_ms) &&
          r.kept === true,
        'first views drawn before the end of the file; kept for a reload',
      );

/** A field of a nested result (`r.plain.ms`). */
function field(x: unknown, key: string): unknown {
  return (x as Result | undefined)?.[key];
}

function ratio(a: unknown, b: unknown): number {
  return Number(a) / Number(b);
}

function verdict(ok: boolean, goal: string): string {
  return `${ok ? 'yes' : 'NO'} (${goal})`;
}

/** The cells of one result: what was measured, ours, the peer, and the ratio. */
function cells(r: Result): string[] {
  const x = (a: unknown, b: unknown) => `${Math.round(ratio(a, b) * 10) / 10}×`;
  switch (r.name) {
    case 'source-counts':
      return [
        `${r.papers} papers`,
        `store cubes ${r.cube_ms} ms (p95 ${r.cube_p95_ms}); built once in ${r.store_build_ms} ms`,
        `crossfilter2 ${r.crossfilter2_ms} ms (p95 ${r.crossfilter2_p95_ms}); page pass ${r.page_ms} ms (p95 ${r.page_p95_ms})`,
        `${x(r.crossfilter2_ms, r.cube_ms)} crossfilter2`,
      ];
    case 'layout':
      return [
        `${r.nodes} nodes, ${r.edges} edges`,
        `${r.ours_ms} ms, ${r.ours_crossings} crossings, ${r.ours_overlaps} overlaps`,
        `d3-force ${r.d3_force_ms} ms, ${r.d3_force_crossings} crossings, ${r.d3_force_overlaps} overlaps`,
        x(r.d3_force_ms, r.ours_ms),
      ];
    case 'text-search':
      return [
        `${r.papers} papers, ${r.words} words`,
        `word index ${r.ours_ms} ms (p95 ${r.ours_p95_ms}); built in ${r.index_ms} ms after folding ${r.fold_ms} ms`,
        `substring scan ${r.scan_ms} ms (p95 ${r.scan_p95_ms})`,
        x(r.scan_ms, r.ours_ms),
      ];
    case 'coauthor-pairs':
      return [
        `${r.papers} papers, ${r.people} people`,
        `all ${r.pairs} pairs counted in ${r.pairs_ms} ms (codes by paper built once: ${r.rows_ms} ms)`,
        `the top graph itself ${r.top_graph_ms} ms`,
        x(r.pairs_ms, r.top_graph_ms),
      ];
    case 'group':
      return [
        `${r.papers} papers, ${r.venues} venues`,
        `venue click ${r.click_venue_ms} ms (p95 ${r.click_venue_p95_ms}); counts by venue ${r.counts_venue_ms} ms (p95 ${r.counts_venue_p95_ms}), by type ${r.counts_type_ms} ms`,
        `category click ${r.click_category_ms} ms; counts by category ${r.counts_category_ms} ms`,
        x(r.click_venue_ms, r.click_category_ms),
      ];
    case 'browser-memory':
      return [
        `${r.papers} papers (${r.file_mb} MB file)`,
        r.error ? String(r.error) : `JS heap ${r.js_heap_mb} MB, browser RSS ${r.browser_rss_mb} MB`,
        `all views drawn after ${r.all_views_ms} ms`,
        '',
      ];
    case 'stream': {
      const side = (k: string) =>
        `${k} ${field(r[k], 'ms')} ms = ${field(r[k], 'records_per_s')}/s (CPU ${field(r[k], 'cpu_ms')} ms)`;
      return [
        `${r.papers} lines (${field(r.plain, 'mb')} MB, gzip ${field(r.gzip, 'mb')} MB)`,
        `${side('plain')}; ${side('gzip')}`,
        r.floor_ms === undefined
          ? ''
          : `per-line decode + JSON.parse alone ${r.floor_ms} ms = ${r.floor_per_s}/s`,
        r.floor_ms === undefined ? '' : x(field(r.plain, 'ms'), r.floor_ms),
      ];
    }
    case 'stream-browser':
      return [
        `${r.records} lines (${r.file})`,
        `${r.ms} ms = ${r.records_per_s}/s in a worker; first batch after ${r.first_batch_ms} ms; ${r.ended}`,
        '',
        '',
      ];
    case 'stream-browser-cancel':
      return [
        `${r.file}`,
        `Cancel at the first batch: worker stopped ${r.stopped_after_ms} ms after the message, ${r.records} lines read, ${r.ended}`,
        '',
        '',
      ];
    case 'save-format':
      return [
        `${r.papers} papers`,
        `Parquet ${r.parquet_mb} MB, write ${r.parquet_write_ms} ms (CPU ${r.parquet_write_cpu_ms}), read ${r.parquet_read_ms} ms (CPU ${r.parquet_read_cpu_ms}); lazy gzip: writer ${r.ours_write_gzip_bytes} B, reader ${r.ours_read_gzip_bytes} B`,
        `Arrow IPC (flechette) ${r.arrow_mb} MB, write ${r.arrow_write_ms} ms (CPU ${r.arrow_write_cpu_ms}), read ${r.arrow_read_ms} ms (CPU ${r.arrow_read_cpu_ms}); lazy gzip ${r.flechette_gzip_bytes} B`,
        `size ${x(r.arrow_mb, r.parquet_mb)}`,
      ];
    case 'serve-load':
      return [
        `${r.papers} papers into ${r.engine}`,
        `${r.papers_per_s} papers/s (${r.load_s} s)`,
        `${r.rows} rows written in ${r.engine_write_s} s (${r.rows_per_s_into_engine} rows/s)`,
        '',
      ];
    case 'serve':
      return [
        `${r.papers} papers, ${r.engine}`,
        `${r.question}: p50 ${r.p50_ms} ms, p95 ${r.p95_ms} ms`,
        '',
        '',
      ];
    case 'stream-preview':
      return [
        `${r.papers} papers (${r.file}) through the file picker`,
        r.first_views_ms === undefined
          ? `no preview: the file was read first; whole file ${r.whole_file_ms ?? '?'} ms`
          : `first views after ${r.first_views_ms} ms (${r.papers_at_first_views} papers read); whole file after ${r.whole_file_ms ?? '?'} ms`,
        `reload from IndexedDB ${r.reload_ms ?? '?'} ms (kept: ${r.kept ? 'yes' : 'no'})`,
        '',
      ];
    case 'browser-saved':
      return [
        `${r.papers} papers, saved as Parquet (${r.parquet_mb} MB) and opened again`,
        `from Parquet: every paper after ${r.parquet_load_ms ?? '?'} ms, every view after ${r.parquet_all_views_ms ?? '?'} ms; saved in ${r.save_ms ?? '?'} ms`,
        `from gzipped JSON lines: every paper after ${r.jsonl_load_ms ?? '?'} ms, every view after ${r.jsonl_all_views_ms ?? '?'} ms`,
        `${x(r.jsonl_all_views_ms, r.parquet_all_views_ms)} JSON lines`,
      ];
    case 'bundle':
      return ['initial JS', `${r.initial_js_gzip_bytes} B gzip`, `${r.initial_js_bytes} B raw`, ''];
    default:
      return [
        `${r.papers} papers`,
        r.error && r.p50_ms === undefined
          ? 'failed'
          : `filter to all views p50 ${r.p50_ms} ms, p95 ${r.p95_ms} ms (first frame p95 ${r.first_frame_p95_ms} ms; ${r.clicks} clicks); clearing the filter p50 ${r.clear_p50_ms} ms, p95 ${r.clear_p95_ms} ms; search p50 ${r.search_p50_ms} ms, p95 ${r.search_p95_ms} ms (${r.searches})`,
        `long tasks ${r.long_tasks ?? '?'} (max ${r.long_task_max_ms ?? '?'} ms; during the clicks ${r.long_tasks_clicks ?? '?'}, max ${r.long_task_max_clicks_ms ?? '?'} ms; clearing ${r.long_tasks_clears ?? '?'}); load ${r.load_ms ?? '?'} ms, all views ${r.all_views_ms ?? '?'} ms; JS heap ${r.js_heap_mb ?? '?'} MB${r.browser_rss_mb === undefined ? '' : `; Chromium RSS ${r.browser_rss_mb} MB`}${r.browser_rss_peak_mb === undefined ? '' : ` (every view drawn ${r.browser_rss_views_mb} MB, peak ${r.browser_rss_peak_mb} MB)`}${r.browser_pss_peak_mb === undefined ? '' : `; PSS every view drawn ${r.browser_pss_views_mb} MB, peak ${r.browser_pss_peak_mb} MB`}${r.reload_ms === undefined ? '' : `; reload ${r.reload_ms} ms, all views ${r.reload_all_views_ms} ms`}`,
        '',
      ];
  }
}

/** A plain-text table of `results`. */
export function formatTable(
  results: readonly Result[],
  meta: { date: string; machine: string; quick: boolean; seconds: number },
): string {
  const head = ['bench', 'size', 'ours', 'peer', 'ratio', 'goal met'];
  const rows = results.map((r) => [String(r.name), ...cells(r), GOALS[String(r.name)]?.(r) ?? '']);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (row: string[]) => row.map((c, i) => c.padEnd(widths[i])).join(' | ');
  return [
    `Benchmark ${meta.quick ? '(quick) ' : ''}${meta.date.slice(0, 10)}, ${meta.machine}, ${meta.seconds} s`,
    line(head),
    widths.map((w) => '-'.repeat(w)).join('-|-'),
    ...rows.map(line),
  ].join('\n');
}
