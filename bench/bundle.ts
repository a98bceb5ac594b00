/**
 * (e) bundle: builds the app and sums the gzip size of the initial JavaScript: the entry chunk of
 * index.html and every chunk it imports statically (lazy `import()` chunks excluded).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Builds into `outDir` (not dist/, which the browser tests of others may be serving). */
export function buildApp(outDir: string): void {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}

export function runBundleBench(outDir: string) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const seen = new Set<string>();
  const visit = (url: string) => {
    const file = url.replace(/^\//, '');
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(outDir, file), 'utf8');
    // Static imports only: `import{a}from"./x.js"` and `import"./x.js"`, never `import("./x.js")`.
    for (const m of code.matchAll(/\bimport\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+\.js)["']/g)) {
      visit(join(file, '..', m[1]));
    }
  };
  entries.forEach(visit);
  const sizes = [...seen].map((f) => ({
    file: f,
    raw: readFileSync(join(outDir, f)).length,
    gzip: gzipSync(readFileSync(join(outDir, f))).length,
  }));
  return {
    name: 'bundle',
    initial_js_gzip_bytes: sizes.reduce((s, x) => s + x.gzip, 0),
    initial_js_bytes: sizes.reduce((s, x) => s + x.raw, 0),
    chunks: sizes.map((s) => s.file),
  };
}
