/**
 * (f) browser-filter: the built app in headless Chromium with a generated collection loaded via
 * `?data=`, then category and year clicks, each timed in the page from the click to the frame
 * after every view updated (a requestAnimationFrame, then a task). Long tasks are recorded with a
 * PerformanceObserver from the first click on.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Locator, type Page } from '@playwright/test';
import config from '../playwright.config';
import { clickAndSearch, recordLongTasks } from './browser-clicks';

export interface BrowserOptions {
  outDir: string;
  lines: string[];
  /** A file to open through the page's file picker instead of `lines` by `?data=` (browser-field). */
  picked?: { path: string; papers: number };
  clicks: number;
  /** How long the app may take to show the collection. */
  loadTimeoutMs: number;
  /** How long all clicks together may take before the run stops. */
  clickBudgetMs: number;
}

/** Starts `vite preview` on `outDir`; resolves once it answers. */
export async function preview(outDir: string, port: number) {
  const child = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  // Only the server this run started, by its process group id.
  return { url, stop: () => child.pid && process.kill(-child.pid, 'SIGTERM') };
}

/**
 * Memory of the Chromium processes among this process's descendants, in MB (Linux /proc): resident
 * (RSS, each process's own count, summed) and proportional (PSS: a page shared by n processes
 * counts 1/n in each). Summed RSS counts Chromium's shared code and fonts once per process — about
 * 470 MB of an empty page's 818 MB here — so PSS is the memory the processes hold together.
 */
function chromiumMemoryMb(pid: number): { rss: number; pss: number } {
  let rss = 0;
  let pss = 0;
  const visit = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      if (/^Name:\s+chrom/im.test(status)) {
        rss += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
        pss += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
      }
      const children = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim();
      for (const c of children ? children.split(/\s+/) : []) visit(Number(c));
    } catch {
      // The process ended while we looked.
    }
  };
  visit(pid);
  return { rss: Math.round(rss / 1024), pss: Math.round(pss / 1024) };
}

const chromiumRssMb = (pid: number) => chromiumMemoryMb(pid).rss;

/**
 * Serves the built app with `lines` as a generated file, opens it with `?data=` in headless
 * Chromium, waits until the status shows every paper (`load_ms`) and every view is drawn, the
 * lazy ones included (`all_views_ms`), then runs `measure`. A load that takes too long ends the
 * entry with an error instead of numbers.
 */
async function withLoadedApp(
  name: string,
  options: Pick<BrowserOptions, 'outDir' | 'lines' | 'loadTimeoutMs' | 'picked'>,
  measure: (page: Page, result: Record<string, unknown>) => Promise<Record<string, unknown>>,
  init?: () => void,
): Promise<Record<string, unknown>> {
  const { picked } = options;
  const papers = picked?.papers ?? options.lines.length;
  const file = `bench-${papers}.jsonl`;
  if (!picked) writeFileSync(join(options.outDir, file), options.lines.join('\n') + '\n');
  const server = await preview(options.outDir, 4300 + Math.floor(Math.random() * 500));
  const browser = await chromium.launch(config.use!.launchOptions);
  const result: Record<string, unknown> = { name, papers };
  // The most Chromium held at any second of the run (a reload included), beside the two moments.
  const peak = { rss: 0, pss: 0 };
  const sampler = setInterval(() => {
    const now = chromiumMemoryMb(process.pid);
    peak.rss = Math.max(peak.rss, now.rss);
    peak.pss = Math.max(peak.pss, now.pss);
  }, 1000);
  try {
    const page = await browser.newPage({ viewport: config.use!.viewport });
    if (init) await page.addInitScript(init);
    let started = Date.now();
    if (picked) {
      await page.goto(server.url);
      await page.getByTestId('status').filter({ hasText: '16 papers' }).waitFor();
      await page.getByRole('button', { name: 'Load data…' }).click();
      started = Date.now();
      await page.locator('input[type=file]').setInputFiles(picked.path);
    } else await page.goto(`${server.url}/?data=/${file}`);
    const waitFor = (locator: Locator) => locator.first().waitFor({ timeout: options.loadTimeoutMs });
    try {
      await waitFor(
        page.getByTestId('status').filter({ hasText: `${papers.toLocaleString('en-GB')} papers` }),
      );
      result.load_ms = Date.now() - started;
      await waitFor(page.locator('figure[data-view="network"] :is(g.node, canvas)'));
      for (const view of ['terms', 'category-trends', 'collaboration', 'code-availability'])
        await waitFor(page.locator(`figure[data-view="${view}"] svg`));
      // The terms view is drawn once the text worker has tokenised every abstract.
      await page.waitForFunction(() => !document.querySelector('[data-view][aria-busy="true"]'), null, {
        timeout: options.loadTimeoutMs,
        polling: 100,
      });
    } catch {
      const s = options.loadTimeoutMs / 1000;
      return { ...result, error: `the app did not draw ${papers} papers within ${s} s` };
    }
    result.all_views_ms = Date.now() - started;
    const views = chromiumMemoryMb(process.pid);
    result.browser_rss_views_mb = views.rss;
    result.browser_pss_views_mb = views.pss;
    const measured = await measure(page, result);
    clearInterval(sampler);
    return { ...measured, browser_rss_peak_mb: peak.rss, browser_pss_peak_mb: peak.pss };
  } finally {
    clearInterval(sampler);
    await browser.close();
    server.stop();
  }
}

/**
 * (g) browser-memory: the memory of the page with a generated collection loaded and every view
 * drawn: the main thread's JS heap after a garbage collection (CDP) and the resident memory of
 * the whole browser (every Chromium process, workers included).
 */
export function runMemoryBench(options: Pick<BrowserOptions, 'outDir' | 'lines' | 'loadTimeoutMs'>) {
  return withLoadedApp('browser-memory', options, async (page, result) => {
    await page.waitForTimeout(3000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    // Playwright starts Chromium as a child of this process: its processes are ours to count.
    return {
      ...result,
      js_heap_mb: Math.round(heap.usedSize / 2 ** 20),
      browser_rss_mb: chromiumRssMb(process.pid),
      file_mb: Math.round(Buffer.byteLength(options.lines.join('\n')) / 2 ** 20),
    };
  });
}

export function runBrowserBench(options: BrowserOptions): Promise<Record<string, unknown>> {
  return withLoadedApp(
    options.picked ? 'browser-field' : 'browser-filter',
    options,
    async (page, result) => {
      const measured = {
        ...(await clickAndSearch(page, result, options)),
        browser_rss_mb: chromiumRssMb(process.pid),
      };
      return options.picked ? { ...measured, ...(await reloadTimes(page, options)) } : measured;
    },
    recordLongTasks,
  );
}

/**
 * A collection opened through the picker is kept (by its worker, in IndexedDB): once the write is
 * done, a reload's time to the status showing every paper, and to every view drawn again.
 */
async function reloadTimes(page: Page, options: BrowserOptions): Promise<Record<string, number>> {
  const papers = options.picked!.papers;
  // Written when the head names as many parts as the store holds beside it (any part size).
  const stored = () =>
    page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('research-trends-dashboard', 1);
          open.onsuccess = () => {
            const store = open.result.transaction('collection').objectStore('collection');
            const head = store.get('current');
            const count = store.count();
            count.onsuccess = () => {
              open.result.close();
              const parts = (head.result as { parts?: number } | undefined)?.parts;
              resolve(parts !== undefined && count.result === parts + 1);
            };
          };
          open.onerror = () => resolve(false);
        }),
    );
  const waited = Date.now();
  while (!(await stored()) && Date.now() - waited < options.loadTimeoutMs) await page.waitForTimeout(1000);
  const started = Date.now();
  await page.reload();
  const status = page.getByTestId('status').filter({ hasText: `${papers.toLocaleString('en-GB')} papers` });
  await status.waitFor({ timeout: options.loadTimeoutMs });
  const reload_ms = Date.now() - started;
  await page.waitForFunction(
    () =>
      document.querySelector('figure[data-view="terms"] svg') &&
      !document.querySelector('[data-view][aria-busy="true"]'),
    null,
    { timeout: options.loadTimeoutMs, polling: 100 },
  );
  return { reload_ms, reload_all_views_ms: Date.now() - started };
}
