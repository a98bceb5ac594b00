/**
 * What a lazily loaded module adds to the page: the entry bundled alone by Vite (minified, ES),
 * every chunk it pulls in summed, gzip level 9 as a server would send it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';

/** Gzip bytes of `code` (an ES module's source, imports resolved from the project) once bundled. */
export async function lazyChunkGzip(name: string, code: string): Promise<{ raw: number; gzip: number }> {
  const dir = resolve('bench-out/lazy-chunks');
  mkdirSync(dir, { recursive: true });
  const entry = `${dir}/${name}.ts`;
  writeFileSync(entry, code);
  const built = (await build({
    configFile: false,
    logLevel: 'silent',
    root: resolve('.'),
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: name },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const outputs = (Array.isArray(built) ? built : [built]).flatMap((b) => b.output);
  let raw = 0;
  let gzip = 0;
  for (const o of outputs) {
    if (o.type !== 'chunk') continue;
    raw += Buffer.byteLength(o.code);
    gzip += gzipSync(o.code, { level: 9 }).length;
  }
  return { raw, gzip };
}
