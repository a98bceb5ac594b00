/**
 * stream-preview: a JSON-lines file through the app's file picker in headless Chromium — when the
 * first views are drawn from the papers read so far (the preview), when the whole file is the
 * collection, and how long a reload takes to bring it back from IndexedDB.
 */
import { chromium } from '@playwright/test';
import config from '../playwright.config';
import { preview } from './browser';

export async function runStreamPreviewBench(options: { outDir: string; file: string; papers: number }) {
  const { outDir, file, papers } = options;
  const server = await preview(outDir, 4300 + Math.floor(Math.random() * 500));
  const browser = await chromium.launch(config.use!.launchOptions);
  const result: Record<string, unknown> = { name: 'stream-preview', papers, file: file.split('/').pop() };
  try {
    const page = await browser.newPage({ viewport: config.use!.viewport });
    const status = page.getByTestId('status');
    await page.goto(server.url);
    await status.filter({ hasText: '16 papers' }).waitFor();
    await page.getByRole('button', { name: 'Load data…' }).click();
    const all = `${papers.toLocaleString('en-GB')} papers`;
    const started = Date.now();
    await page.locator('input[type=file]').setInputFiles(file);
    const soFar = page.getByText(/\(reading: \d+% so far\)/).first();
    // The file may be read whole before the first preview is due.
    const first = await Promise.race([
      soFar.waitFor({ timeout: 600_000 }).then(() => 'preview' as const),
      status
        .filter({ hasText: all })
        .waitFor({ timeout: 600_000 })
        .then(() => 'end' as const),
    ]);
    if (first === 'preview') {
      await page.locator('figure[data-view="timeline"] svg').first().waitFor();
      result.first_views_ms = Date.now() - started;
      result.papers_at_first_views = Number(
        /([\d,]+) papers/.exec((await status.textContent()) ?? '')?.[1]?.replace(/,/g, '') ?? NaN,
      );
    }
    await status.filter({ hasText: all }).waitFor({ timeout: 600_000 });
    result.whole_file_ms = Date.now() - started;
    // The collection is stored after it is shown: wait for the write before reloading.
    await page.waitForTimeout(5000);
    result.kept = (await page.getByText(/Could not keep|storage is full/).count()) === 0;
    const reloaded = Date.now();
    await page.reload();
    await status.filter({ hasText: all }).waitFor({ timeout: 600_000 });
    result.reload_ms = Date.now() - reloaded;
  } catch (e) {
    result.error = (e as Error).message.split('\n')[0];
  } finally {
    await browser.close();
    server.stop();
  }
  return result;
}
