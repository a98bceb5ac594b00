/**
 * Writes a synthetic collection in the arXiv metadata JSON-lines format:
 *
 *   npm run generate -- --papers 100000 --seed 1 --out bench-out/papers-100k.jsonl
 *
 * The same seed gives the same file, byte for byte.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { createSynthetic } from '../src/dev/synthetic';
import { arxivLines } from '../src/dev/synthetic-record';

const { values } = parseArgs({
  options: {
    papers: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const papers = Number(values.papers);
const seed = Number(values.seed);
if (!Number.isInteger(papers) || papers < 1 || !Number.isFinite(seed) || !values.out) {
  console.error('Usage: npm run generate -- --papers N --seed S --out FILE');
  process.exit(2);
}

mkdirSync(dirname(values.out), { recursive: true });
const out = createWriteStream(values.out);
const started = performance.now();
const collection = createSynthetic({ papers, seed });
let batch: string[] = [];
let written = 0;
for (const line of arxivLines(collection, seed)) {
  batch.push(line);
  if (batch.length < 2000) continue;
  written += batch.length;
  // Waiting on a full buffer keeps memory flat for millions of lines.
  if (!out.write(batch.join('\n') + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
  batch = [];
}
if (batch.length) out.write(batch.join('\n') + '\n');
written += batch.length;
await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Wrote ${written} papers by ${collection.people.length} people to ${values.out} in ${seconds} s.`,
);
