/**
 * stream-browser: the stream reader in headless Chromium, in a worker, on a File from a file
 * input (`File.stream()`), plain and gzipped (DecompressionStream): records per second, the first
 * batch's time, and Cancel (the page asks the worker to stop at its first progress message).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename } from 'node:path';
import { chromium } from '@playwright/test';
import { build, type Rollup } from 'vite';
import config from '../playwright.config';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>stream bench</title><link rel="icon" href="data:,"></head>
<body><input type="file" id="file"><script type="module">
window.readFile = (cancel) => new Promise((resolve) => {
  const file = document.getElementById('file').files[0];
  const worker = new Worker('/worker.js', { type: 'module' });
  let asked = null;
  worker.onmessage = (e) => {
    if (e.data.progress && cancel && asked === null) { asked = performance.now(); worker.postMessage({ cancel: true }); }
    if (e.data.done) { worker.terminate(); resolve({ ...e.data.done, stoppedAfterMs: asked === null ? null : performance.now() - asked }); }
  };
  worker.postMessage({ file });
});
</script></body></html>`;

async function workerBundle(): Promise<string> {
  const built = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: 'bench/stream-browser-worker.ts', formats: ['es'], fileName: 'worker' },
    },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const chunk = (Array.isArray(built) ? built[0] : built).output.find((o) => o.type === 'chunk');
  return (chunk as Rollup.OutputChunk).code;
}

/**
 * CPU time (user + system) of the Chromium processes among this process's descendants, in ms
 * (Linux /proc; clock ticks of 10 ms): what the reading cost, whatever else the machine runs.
 */
function chromiumCpuMs(pid = process.pid): number {
  let ticks = 0;
  const visit = (p: number) => {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (/\(chrom/.test(stat)) ticks += Number(fields[11]) + Number(fields[12]);
      const children = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim();
      for (const c of children ? children.split(/\s+/) : []) visit(Number(c));
    } catch {
      // The process ended while we looked.
    }
  };
  visit(pid);
  return ticks * 10;
}

/** Reads each file once (and the last once more, cancelled at its first batch). */
export async function runStreamBrowserBench(paths: readonly string[], port: number) {
  const worker = await workerBundle();
  const server = createServer((req, res) => {
    const body = req.url === '/worker.js' ? worker : PAGE;
    res.writeHead(200, { 'content-type': req.url === '/worker.js' ? 'text/javascript' : 'text/html' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const browser = await chromium.launch(config.use!.launchOptions);
  const results: Record<string, unknown>[] = [];
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${port}/`);
    const read = async (path: string, cancel: boolean) => {
      await page.setInputFiles('#file', path);
      const cpu = chromiumCpuMs();
      const done = (await page.evaluate(`window.readFile(${cancel})`)) as Record<string, unknown>;
      const cpuMs = chromiumCpuMs() - cpu;
      return {
        name: cancel ? 'stream-browser-cancel' : 'stream-browser',
        file: basename(path),
        records: done.records,
        ms: Math.round(Number(done.ms)),
        records_per_s: Math.round(Number(done.records) / (Number(done.ms) / 1000)),
        chromium_cpu_ms: cpuMs,
        records_per_cpu_s: Math.round(Number(done.records) / (cpuMs / 1000)),
        first_batch_ms: done.firstBatchMs === null ? null : Math.round(Number(done.firstBatchMs)),
        batches: done.batches,
        ended: done.ended,
        compressed: done.compressed,
        problems: done.problems,
        ...(cancel ? { stopped_after_ms: Math.round(Number(done.stoppedAfterMs)) } : {}),
        page_errors: errors.length,
      };
    };
    for (const path of paths) results.push(await read(path, false));
    results.push(await read(paths.at(-1)!, true));
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}
