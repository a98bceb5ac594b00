/**
 * browser-saved: a field saved as Parquet and opened again, in headless Chromium. A generated
 * gzipped JSON-lines file through the file picker (every view drawn, as browser-field), then
 * "Save as Parquet" (the worker writes the file; the download's time and size), then that file
 * through the picker of a fresh page (no IndexedDB copy to answer first): the time to the status
 * showing every paper and to every view drawn, beside the JSON lines' in the same run.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import config from '../playwright.config';
import { preview } from './browser';

export interface SavedOptions {
  outDir: string;
  /** The gzipped generated file and its papers. */
  file: string;
  papers: number;
  /** Where the saved Parquet file is written. */
  saveDir: string;
  timeoutMs: number;
}

/** Every view drawn: the network, the terms and no view busy. */
const allViewsDrawn = (page: Page, timeout: number) =>
  page.waitForFunction(
    () =>
      document.querySelector('figure[data-view="terms"] svg') &&
      document.querySelector('figure[data-view="network"] :is(g.node, canvas)') &&
      !document.querySelector('[data-view][aria-busy="true"]'),
    null,
    { timeout, polling: 100 },
  );

/** Opens `file` through the picker of a fresh page; the times to every paper and every view. */
async function pick(page: Page, url: string, file: string, papers: number, timeout: number) {
  await page.goto(url);
  await page.getByTestId('status').filter({ hasText: '16 papers' }).waitFor();
  await page.getByRole('button', { name: 'Load data…' }).click();
  const started = Date.now();
  await page.locator('input[type=file]').setInputFiles(file);
  const status = page.getByTestId('status').filter({ hasText: `${papers.toLocaleString('en-GB')} papers` });
  await status.first().waitFor({ timeout });
  const load = Date.now() - started;
  await allViewsDrawn(page, timeout);
  return { load, all: Date.now() - started };
}

export async function runSavedBench(options: SavedOptions): Promise<Record<string, unknown>> {
  const { papers, timeoutMs } = options;
  const server = await preview(options.outDir, 4300 + Math.floor(Math.random() * 500));
  const browser = await chromium.launch(config.use!.launchOptions);
  const result: Record<string, unknown> = { name: 'browser-saved', papers };
  try {
    const viewport = config.use!.viewport;
    const first = await browser.newContext({ viewport, acceptDownloads: true });
    const lines = await pick(await first.newPage(), server.url, options.file, papers, timeoutMs);
    Object.assign(result, { jsonl_load_ms: lines.load, jsonl_all_views_ms: lines.all });
    const page = first.pages()[0];
    const started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: timeoutMs }),
      page.getByRole('button', { name: 'Save as Parquet' }).click(),
    ]);
    const saved = join(options.saveDir, `saved-${papers}.parquet`);
    await download.saveAs(saved);
    Object.assign(result, { save_ms: Date.now() - started, parquet_mb: statSync(saved).size / 2 ** 20 });
    // The first page goes: its worker's memory is not the second's to share.
    await first.close();
    const second = await browser.newContext({ viewport });
    const reopened = await pick(await second.newPage(), server.url, saved, papers, timeoutMs);
    Object.assign(result, { parquet_load_ms: reopened.load, parquet_all_views_ms: reopened.all });
  } catch (e) {
    result.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
  } finally {
    await browser.close();
    server.stop();
  }
  result.parquet_mb = Math.round(Number(result.parquet_mb ?? 0) * 10) / 10;
  return result;
}
