/**
 * The server's HTTP side and the page's remote source, for real: a server on a free port over
 * DuckDB with the bundled profile, asked through RemoteSource. Answers equal the page's; bad
 * questions, missing tokens, a stopped server and replaced questions behave as the seam says.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCollection } from '../../../src/lib/source/page/open-collection';
import { PageSource } from '../../../src/lib/source/page/page-source';
import type { Question } from '../../../src/lib/source/questions';
import { openRemoteSource, type RemoteOptions } from '../../../src/lib/source/remote/remote-source';
import { SqlSource } from '../../../src/lib/source/sql/sql-source';
import { DuckDbEngine } from '../../../src/server/engines/duckdb-engine';
import { startServer } from '../../../src/server/http/server';
import { loadCollection } from '../../../src/server/load/load-collection';
import { readInputs } from '../../../src/server/load/read-inputs';
import { ALIASES } from '../../helpers/engines';

const FILE = 'data/profile-walmsley.txt';
const servers: Server[] = [];
let source: SqlSource;
let page: PageSource;
let engine: DuckDbEngine;

const base = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}/api/`;

async function serve(options: { token?: string; dist?: string | null } = {}): Promise<Server> {
  const server = await startServer({
    source,
    host: '127.0.0.1',
    port: 0,
    token: options.token ?? null,
    dist: options.dist ?? null,
  });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  engine = await DuckDbEngine.open(null);
  const stored = await loadCollection(engine, {
    paths: [FILE],
    asOf: '2026-11-26',
    aliases: ALIASES,
    log: () => {},
  });
  source = new SqlSource(engine, stored);
  const read = await readInputs([FILE], '2026-11-26', () => {});
  page = new PageSource(openCollection(read, { aliases: ALIASES }));
}, 120_000);

afterAll(async () => {
  for (const s of servers) s.close();
  await engine?.close();
});

describe('the API through the page’s remote source', () => {
  it('answers as the page does: 16 papers, 7 in astro-ph.GA, 29 people', async () => {
    const remote = await openRemoteSource({ base: base(await serve()) });
    expect(remote.info).toEqual(page.info);
    expect(remote.info).toMatchObject({ size: 16, people: 29 });
    const questions: Question[] = [
      {
        kind: 'counts',
        filter: [{ source: 'categories', value: { kind: 'category', ids: ['astro-ph.GA'] } }],
        period: 'year',
        categories: 'primary',
      },
      {
        kind: 'papers',
        filter: [{ source: 'search', value: 'galaxy zoo' }],
        order: 'newest',
        offset: 0,
        limit: 5,
      },
      { kind: 'terms', filter: [], selected: [], limit: 10 },
      { kind: 'top-graph', top: 500, minPapers: 1 },
    ];
    for (const q of questions) expect(await remote.ask(q)).toEqual(await page.ask(q));
    const ga = await remote.ask({
      kind: 'counts',
      filter: [{ source: 'categories', value: { kind: 'category', ids: ['astro-ph.GA'] } }],
      period: 'year',
      categories: 'primary',
    });
    expect(ga.papers).toBe(7);
  });

  it('refuses what is not a question, with the reason', async () => {
    const remote = await openRemoteSource({ base: base(await serve()) });
    await expect(remote.ask({ kind: 'drop tables' } as unknown as Question)).rejects.toThrow(
      /kind must be one of/,
    );
    await expect(
      remote.ask({ kind: 'papers', filter: [], order: 'newest', offset: 0, limit: 10 ** 6 }),
    ).rejects.toThrow(/limit must be an integer from 0 to 1000/);
    await expect(
      remote.ask({
        kind: 'counts',
        filter: [{ source: 'timeline', value: { from: 'x', to: 2 } }],
        period: 'year',
        categories: 'primary',
      } as unknown as Question),
    ).rejects.toThrow(/from must be an integer/);
    const res = await fetch(`${base(servers.at(-1)!)}ask`, { method: 'POST', body: 'x'.repeat(300_000) });
    expect(res.status).toBe(413);
  });

  it('answers hostile search words as text, never as SQL', async () => {
    const remote = await openRemoteSource({ base: base(await serve()) });
    for (const value of ["'; DROP TABLE papers; --", "a\\' OR 1=1", '%_', '"galaxy"']) {
      const q: Question = {
        kind: 'counts',
        filter: [{ source: 'search', value }],
        period: 'year',
        categories: 'primary',
      };
      expect(await remote.ask(q)).toEqual(await page.ask(q));
    }
    expect((await remote.ask({ kind: 'summary', filter: [] })).papers).toBe(16);
  });

  it('needs the token when it has one', async () => {
    const server = await serve({ token: 's3cret-token' });
    await expect(openRemoteSource({ base: base(server), retries: 0 })).rejects.toThrow(/needs its token/);
    const remote = await openRemoteSource({ base: base(server), token: 's3cret-token' });
    expect(remote.info.size).toBe(16);
  });

  it('will not bind beyond loopback without a token', async () => {
    await expect(startServer({ source, host: '0.0.0.0', port: 0, token: null, dist: null })).rejects.toThrow(
      /without --token/,
    );
  });

  it('lets a newer question of a one-view kind replace the older one', async () => {
    const remote = await openRemoteSource({ base: base(await serve()) });
    let first: 'pending' | 'settled' = 'pending';
    const older = remote.ask({ kind: 'papers', filter: [], order: 'newest', offset: 0, limit: 5 });
    void older.then(
      () => (first = 'settled'),
      () => (first = 'settled'),
    );
    const newer = await remote.ask({
      kind: 'papers',
      filter: [{ source: 'search', value: 'galaxy' }],
      order: 'newest',
      offset: 0,
      limit: 5,
    });
    expect(newer.rows.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 50));
    expect(first).toBe('pending');
  });

  it('answers two views asking the same question with one request, both settled', async () => {
    let asks = 0;
    const remote = await openRemoteSource({
      base: base(await serve()),
      fetch: (input, init) => {
        if (String(input).endsWith('/ask')) asks++;
        return fetch(input, init);
      },
    });
    const q = { kind: 'papers', filter: [], order: 'newest', offset: 0, limit: 0 } as const;
    const [a, b] = await Promise.all([remote.ask(q), remote.ask(q)]);
    expect([a.total, b.total, asks]).toEqual([16, 16, 1]);
  });

  it('answers a list count and its rows asked side by side (neither replaces the other)', async () => {
    const remote = await openRemoteSource({ base: base(await serve()) });
    const [count, rows] = await Promise.all([
      remote.ask({ kind: 'papers', filter: [], order: 'newest', offset: 0, limit: 0 }),
      remote.ask({ kind: 'papers', filter: [], order: 'newest', offset: 0, limit: 5 }),
    ]);
    expect(count.total).toBe(16);
    expect(rows.rows).toHaveLength(5);
  });

  it('retries a busy server, then says plainly when it cannot be reached', async () => {
    let calls = 0;
    const flaky = createServer((req, res) => {
      calls++;
      if (calls === 1) res.writeHead(503, { 'Content-Type': 'application/json' }).end('{"error":"busy"}');
      else res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(page.info));
    });
    await new Promise<void>((r) => flaky.listen(0, '127.0.0.1', r));
    servers.push(flaky);
    const options: RemoteOptions = { base: base(flaky), retries: 2, backoffMs: 5 };
    expect((await openRemoteSource(options)).info.size).toBe(16);
    expect(calls).toBe(2);
    const port = (flaky.address() as AddressInfo).port;
    await new Promise((r) => flaky.close(r));
    await expect(
      openRemoteSource({ base: `http://127.0.0.1:${port}/api/`, retries: 2, backoffMs: 5 }),
    ).rejects.toThrow('The server cannot be reached. (tried 3 times)');
  });

  it('serves the built page with its policy and the API named in it, and nothing outside it', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'rtd-dist-'));
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'" />`;
    writeFileSync(join(dist, 'index.html'), `<html><head><meta charset="UTF-8" />\n${csp}</head></html>`);
    writeFileSync(join(dist, 'app.js'), 'export {};');
    const server = await serve({ dist });
    const root = base(server).replace('/api/', '/');
    const html = await (await fetch(root)).text();
    expect(html).toContain(csp);
    expect(html).toContain('<meta name="research-trends-api" content="/api/" />');
    expect((await fetch(`${root}app.js`)).headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${root}..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${root}%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
  });
});
