/**
 * The built dashboard (dist/), served as built: its Content-Security-Policy <meta> stays, and
 * index.html gains one more <meta> naming the API, which is how the page knows that its answers
 * come from this server. Only files under dist/ are served.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const API_META = 'research-trends-api';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export class StaticFiles {
  readonly #root: string;
  readonly #index: Buffer;

  constructor(root: string, apiPath: string) {
    this.#root = resolve(root);
    const html = readFileSync(join(this.#root, 'index.html'), 'utf8');
    const meta = `<meta name="${API_META}" content="${apiPath}" />`;
    this.#index = Buffer.from(
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${meta}`),
    );
  }

  /** True when `dir` holds a built app. */
  static built(dir: string): boolean {
    return existsSync(join(dir, 'index.html'));
  }

  /** Sends the file for `path` (a URL path), or a 404. */
  send(path: string, res: ServerResponse, head: boolean): void {
    const file = this.#resolve(path);
    const body = file === null ? null : file === 'index' ? this.#index : readFileSync(file);
    if (body === null) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(head ? undefined : 'Not found');
      return;
    }
    const type = file === 'index' ? TYPES['.html'] : (TYPES[extname(file!)] ?? 'application/octet-stream');
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': body.length,
      'Cache-Control': file === 'index' ? 'no-cache' : 'public, max-age=3600',
    });
    res.end(head ? undefined : body);
  }

  /** 'index' for the page, a file under the root, or null. */
  #resolve(path: string): string | 'index' | null {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return null;
    }
    if (decoded === '/' || decoded === '/index.html') return 'index';
    const file = resolve(this.#root, `.${normalize(decoded)}`);
    if (!file.startsWith(this.#root + sep) || decoded.includes('\0')) return null;
    return existsSync(file) && statSync(file).isFile() ? file : null;
  }
}
