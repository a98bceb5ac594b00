/**
 * save-format: a generated collection saved and reopened, ours (Parquet through hyparquet-writer
 * and hyparquet) beside Arrow IPC through @uwdata/flechette: file size, write and read (to papers)
 * time, interleaved round by round, and the gzip bytes each library adds to a lazily loaded chunk.
 */
import { execFileSync } from 'node:child_process';
import { openAsBlob } from 'node:fs';
import type { Paper } from '../src/lib/data/paper';
import { readCollectionParquet } from '../src/lib/data/parquet/read-parquet';
import { writeCollectionParquet } from '../src/lib/data/parquet/write-parquet';
import { collectPapers } from '../src/lib/data/stream/collect-papers';
import { generatedFile } from './generated-files';
import { lazyChunkGzip } from './lazy-chunk';
import { readArrow, writeArrow } from './save-format-arrow';
import { collectYoung, ms, quantile } from './stats';

async function timed<T>(f: () => T | Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  collectYoung();
  const cpu = process.cpuUsage();
  const t = performance.now();
  const value = await f();
  const wall = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { value, wall, cpu: (used.user + used.system) / 1000 };
}

async function generatedPapers(n: number): Promise<Paper[]> {
  const blob = await openAsBlob(generatedFile(n));
  const r = await collectPapers(blob.stream() as ReadableStream<Uint8Array<ArrayBuffer>>, {
    file: 'generated.jsonl',
  });
  return r.papers;
}

/** Library code alone, as a lazy chunk would hold it. */
const CHUNKS: Record<string, string> = {
  hyparquet_writer: `export { parquetWriteBuffer } from 'hyparquet-writer';`,
  hyparquet: `export { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';`,
  flechette: `export { bool, dictionary, int32, list, tableFromArrays, tableFromIPC, tableToIPC, utf8 } from '@uwdata/flechette';`,
  ours_write: `export { writeCollectionParquet } from '../../src/lib/data/parquet/write-parquet';`,
  ours_read: `export { readCollectionParquet } from '../../src/lib/data/parquet/read-parquet';`,
};

export async function runSaveFormatBench(papersCount: number, rounds: number) {
  const papers = await generatedPapers(papersCount);
  const times: Record<string, { wall: number[]; cpu: number[] }> = {};
  const note = (key: string, t: { wall: number; cpu: number }) => {
    times[key] ??= { wall: [], cpu: [] };
    times[key].wall.push(t.wall);
    times[key].cpu.push(t.cpu);
  };
  let parquetBytes = 0;
  let arrowBytes = 0;
  let same = true;
  for (let round = 0; round < rounds; round++) {
    const pw = await timed(() => writeCollectionParquet({ papers }));
    note('parquet_write', pw);
    const pr = await timed(() => readCollectionParquet(pw.value, { file: 'saved.parquet' }));
    note('parquet_read', pr);
    parquetBytes = pw.value.length;
    same &&= pr.value.papers.length === papers.length;
    const aw = await timed(() => writeArrow(papers));
    note('arrow_write', aw);
    const ar = await timed(() => readArrow(aw.value));
    note('arrow_read', ar);
    arrowBytes = aw.value.length;
    same &&= ar.value.length === papers.length;
  }
  const median = (key: string, kind: 'wall' | 'cpu') => ms(quantile(times[key][kind], 0.5));
  const chunks: Record<string, number> = {};
  for (const [name, code] of Object.entries(CHUNKS))
    chunks[`${name}_gzip_bytes`] = (await lazyChunkGzip(name, code)).gzip;
  return {
    name: 'save-format',
    papers: papersCount,
    rounds,
    all_papers_read_back: same,
    parquet_mb: Math.round((parquetBytes / 2 ** 20) * 10) / 10,
    parquet_write_ms: median('parquet_write', 'wall'),
    parquet_write_cpu_ms: median('parquet_write', 'cpu'),
    parquet_read_ms: median('parquet_read', 'wall'),
    parquet_read_cpu_ms: median('parquet_read', 'cpu'),
    arrow_mb: Math.round((arrowBytes / 2 ** 20) * 10) / 10,
    arrow_write_ms: median('arrow_write', 'wall'),
    arrow_write_cpu_ms: median('arrow_write', 'cpu'),
    arrow_read_ms: median('arrow_read', 'wall'),
    arrow_read_cpu_ms: median('arrow_read', 'cpu'),
    ...chunks,
  };
}

/**
 * The bench in a child process with room for two copies of 10^6 papers (the default heap of
 * about 4 GB holds the papers, the files and one read-back copy only just).
 */
export function runSaveFormatInChild(papers: number, rounds: number): Record<string, unknown> {
  const args = [
    '--max-old-space-size=12288',
    '--import',
    'tsx',
    'bench/save-format-main.ts',
    String(papers),
    String(rounds),
  ];
  const out = execFileSync(process.execPath, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out) as Record<string, unknown>;
}
