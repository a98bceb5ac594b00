/**
 * `npm run serve` as a person runs it: the bundled profile served from DuckDB prints
 * "Serving 16 papers at …", and the API it serves says 7 of 16 in astro-ph.GA and 29 people.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = 'node_modules/.bin/tsx';

function serve(args: string[], env: Record<string, string> = {}) {
  const child = spawn(TSX, ['src/server/serve.ts', ...args], { env: { ...process.env, ...env } });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d));
  child.stderr.on('data', (d: Buffer) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const serving = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const url = /Serving \d+ papers at (\S+)/.exec(out)?.[1];
      if (url) resolve(url);
    });
    void exited.then((code) => reject(new Error(`exited ${code}: ${err}`)));
  });
  // A run expected to fail never serves: its rejection is not left unhandled.
  serving.catch(() => {});
  return { child, serving, exited, output: () => ({ out, err }) };
}

describe('npm run serve', () => {
  it('serves the bundled profile: 16 papers, 7 in astro-ph.GA, 29 people', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'rtd-serve-dist-'));
    writeFileSync(join(dist, 'index.html'), '<html><head><meta charset="UTF-8" /></head></html>');
    const run = serve(['data/profile-walmsley.txt', '--port', '0', '--as-of', '2026-11-26'], {
      DASHBOARD_DIST: dist,
    });
    try {
      const url = await run.serving;
      expect(run.output().out).toMatch(/^Serving 16 papers at http:\/\/127\.0\.0\.1:\d+\/\n$/);
      expect(run.output().err).toContain(
        'profile-walmsley.txt: read as a profile page: 16 records, 16 papers',
      );
      const info = (await (await fetch(`${url}api/info`)).json()) as { size: number; people: number };
      expect(info).toMatchObject({ size: 16, people: 29 });
      const ga = await fetch(`${url}api/ask`, {
        method: 'POST',
        body: JSON.stringify({
          kind: 'counts',
          filter: [{ source: 'categories', value: { kind: 'category', ids: ['astro-ph.GA'] } }],
          period: 'year',
          categories: 'primary',
        }),
      });
      expect(((await ga.json()) as { papers: number }).papers).toBe(7);
      expect(await (await fetch(url)).text()).toContain(
        '<meta name="research-trends-api" content="/api/" />',
      );
    } finally {
      run.child.kill('SIGTERM');
      await run.exited;
    }
  }, 120_000);

  it('refuses to listen beyond loopback without a token, before loading anything', async () => {
    const run = serve(['data/profile-walmsley.txt', '--host', '0.0.0.0', '--port', '0']);
    expect(await run.exited).toBe(1);
    expect(run.output().err).toMatch(/^Refusing to serve on 0\.0\.0\.0 without --token/);
  }, 120_000);
});
