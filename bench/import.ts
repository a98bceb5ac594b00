/**
 * (d) import-jsonl: generated snapshot lines (10^5) read into the columnar store by the worker's
 * import function (`importJsonl`: decode, parse, people, store, search), in Node.
 */
import { MERGE_LIMIT } from '../src/lib/model/columnar-store';
import { mergePeople } from '../src/lib/model/name-merge';
import { parseArxivJsonl } from '../src/lib/data/arxiv-jsonl';
import { importJsonl } from '../src/lib/workers/store-import';
import { interleave, ms } from './stats';

export function runImportBench(bytes: Uint8Array, rounds: number) {
  let papers = 0;
  let people = 0;
  const lines = new TextDecoder().decode(bytes).split('\n').filter(Boolean);
  // The floor no JSON-lines reader can beat: JSON.parse of every line, timed beside the import.
  const timing = interleave(
    rounds,
    () => bytes,
    {
      json_parse_only: () => lines.reduce((n, l) => n + (JSON.parse(l) as { id: string }).id.length, 0),
      // The reader alone (text → Paper[]), to split the import's time between parsing and the store.
      parse_only: (b) => parseArxivJsonl(new TextDecoder().decode(b), { file: 'bench.jsonl' }).papers.length,
      import: (b) => {
        const r = importJsonl(b, { file: 'bench.jsonl' });
        papers = r.papers.length;
        people = r.store.people.length;
        return r;
      },
    },
    1,
  );
  // Name merging is kept out of large imports (MERGE_LIMIT); its cost here shows why.
  const sample = importJsonl(bytes, { file: 'bench.jsonl', mergeLimit: 0 }).papers;
  const t = performance.now();
  mergePeople(sample);
  const mergeMs = performance.now() - t;
  return {
    name: 'import-jsonl',
    papers,
    ms: ms(timing.import.median),
    p95_ms: ms(timing.import.p95),
    records_per_s: Math.round(papers / (timing.import.median / 1000)),
    json_parse_only_ms: ms(timing.json_parse_only.median),
    parse_only_ms: ms(timing.parse_only.median),
    mb: Math.round(bytes.length / 2 ** 20),
    people,
    merge_limit: MERGE_LIMIT,
    merge_people_ms: ms(mergeMs),
    rounds,
  };
}
