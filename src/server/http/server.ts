/**
 * The dashboard's server: the built app from dist/ and the API beside it. Bound to loopback it is
 * open to this machine only; bound anywhere else it refuses to start without a token, and with one
 * the API answers only requests that carry it (`Authorization: Bearer TOKEN`).
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { DataSource } from '../../lib/source/questions';
import { handleApi, sendJson } from './api';
import { StaticFiles } from './static-files';

export interface ServeOptions {
  source: DataSource;
  host: string;
  port: number;
  /** Required on the API when set. */
  token: string | null;
  /** The built app; null serves the API alone. */
  dist: string | null;
  timeoutMs?: number;
  log?: (text: string) => void;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Starts serving; resolves with the server once it listens. */
export function startServer(o: ServeOptions): Promise<Server> {
  if (!isLoopback(o.host) && !o.token)
    return Promise.reject(
      new Error(
        `Refusing to serve on ${o.host} without --token: anyone who can reach it could read the collection.`,
      ),
    );
  const files = o.dist ? new StaticFiles(o.dist, '/api/') : null;
  const api = { source: o.source, timeoutMs: o.timeoutMs ?? 60_000, log: o.log ?? (() => {}) };
  const server = createServer((req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/api/')) {
      if (o.token && !tokenMatches(req.headers.authorization, o.token))
        return sendJson(res, 401, { error: 'This server needs its token (Authorization: Bearer …).' });
      return void handleApi(path, req, res, api).catch((e) => sendJson(res, 500, { error: String(e) }));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'Only GET here.' });
    if (!files) return sendJson(res, 404, { error: 'This server answers the API only.' });
    files.send(path, res, req.method === 'HEAD');
  });
  server.requestTimeout = (o.timeoutMs ?? 60_000) + 30_000;
  server.headersTimeout = 30_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => resolve(server));
  });
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '');
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}
