/**
 * Generated snapshot files on disk for the benches that read files (stream, stream-browser,
 * save-format): written once by `scripts/generate.ts` (seed 1) and gzipped once, then reused
 * from bench-out/ (the same seed and size give the same bytes).
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

/** The path of `n` generated papers as arXiv snapshot JSON lines. */
export function generatedFile(n: number, dir = 'bench-out'): string {
  const path = `${dir}/papers-${n}-seed1.jsonl`;
  if (!existsSync(path) || statSync(path).size === 0)
    execFileSync('npx', ['tsx', 'scripts/generate.ts', '--papers', String(n), '--seed', '1', '--out', path], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  return path;
}

/** The file gzipped (level 6, as `gzip` writes it) beside it. */
export async function gzippedFile(path: string): Promise<string> {
  const gz = `${path}.gz`;
  if (!existsSync(gz) || statSync(gz).size === 0)
    await pipeline(createReadStream(path), createGzip({ level: 6 }), createWriteStream(gz));
  return gz;
}
