/**
 * stream (Node): generated snapshot files read by `streamPapers` from `fs.openAsBlob(…).stream()`
 * (what `File.stream()` is in a browser), plain and gzipped, batches counted and dropped, so the
 * number is the reader's own: bytes → lines → UTF-8 → JSON.parse → Paper. Beside it, the floor no
 * JSON-lines reader can beat: per-line decode and JSON.parse of the same bytes, interleaved.
 */
import { openAsBlob, readFileSync } from 'node:fs';
import { streamPapers, type StreamResult } from '../src/lib/data/stream/paper-stream';
import { generatedFile, gzippedFile } from './generated-files';
import { collectYoung, ms, quantile } from './stats';

interface Run {
  wall: number;
  cpu: number;
  result: StreamResult;
}

async function readFile(path: string): Promise<Run> {
  const blob = await openAsBlob(path);
  collectYoung();
  const cpu = process.cpuUsage();
  const t = performance.now();
  const result = await streamPapers(blob.stream() as ReadableStream<Uint8Array<ArrayBuffer>>, {
    file: path,
    size: blob.size,
  });
  const wall = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000, result };
}

/** Per-line decode + JSON.parse of the whole file's lines: the floor. */
function parseFloor(bytes: Uint8Array): { wall: number; lines: number } {
  const decoder = new TextDecoder();
  collectYoung();
  const t = performance.now();
  let lines = 0;
  for (let at = 0; at < bytes.length;) {
    let nl = bytes.indexOf(10, at);
    if (nl < 0) nl = bytes.length;
    if (nl > at) {
      JSON.parse(decoder.decode(bytes.subarray(at, nl)));
      lines++;
    }
    at = nl + 1;
  }
  return { wall: performance.now() - t, lines };
}

/** Rounds at each size: plain and gzip interleaved, the floor beside them where the bytes fit. */
export async function runStreamBench(sizes: readonly { papers: number; rounds: number }[]) {
  const out: Record<string, unknown>[] = [];
  for (const { papers, rounds } of sizes) {
    const plain = generatedFile(papers);
    const gz = await gzippedFile(plain);
    const bytes = papers <= 200_000 ? new Uint8Array(readFileSync(plain)) : null;
    const runs: Record<string, Run[]> = { plain: [], gzip: [] };
    const floor: number[] = [];
    for (let round = 0; round < rounds; round++) {
      runs.plain.push(await readFile(plain));
      runs.gzip.push(await readFile(gz));
      if (bytes) floor.push(parseFloor(bytes).wall);
    }
    const summary = (list: Run[]) => {
      const wall = quantile(
        list.map((r) => r.wall),
        0.5,
      );
      const last = list.at(-1)!.result;
      return {
        ms: ms(wall),
        cpu_ms: ms(
          quantile(
            list.map((r) => r.cpu),
            0.5,
          ),
        ),
        records_per_s: Math.round(last.records / (wall / 1000)),
        mb: Math.round(last.bytes / 2 ** 20),
        ended: last.ended,
        problems: last.problems.length,
      };
    };
    const floorMs = floor.length ? quantile(floor, 0.5) : null;
    out.push({
      name: 'stream',
      papers,
      rounds,
      plain: summary(runs.plain),
      gzip: summary(runs.gzip),
      ...(floorMs === null
        ? {}
        : { floor_ms: ms(floorMs), floor_per_s: Math.round(papers / (floorMs / 1000)) }),
    });
  }
  return out;
}
