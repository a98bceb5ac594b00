/**
 * (e) text-search: the text worker's search of 10^5 generated papers (title, abstract, authors,
 * venue) for the browser bench's words — the word index (`model/word-index.ts`) against the
 * substring scan over every paper's folded text that it replaced (same answers, checked).
 */
import { parseArxivJsonl } from '../src/lib/data/arxiv-jsonl';
import { searchText, textMatcher, type SearchText } from '../src/lib/model/search-text';
import { WordIndex } from '../src/lib/model/word-index';
import { SEARCH_WORDS } from './browser-clicks';
import { interleave, ms } from './stats';

export function runTextSearchBench(lines: readonly string[], rounds: number) {
  const papers: SearchText[] = parseArxivJsonl(lines.join('\n'), { file: 'bench.jsonl' }).papers.map((p) => ({
    title: p.title,
    abstract: p.abstract,
    authors: p.authors,
    venue: p.venue,
  }));
  let t = performance.now();
  const folded = papers.map(searchText);
  const foldMs = performance.now() - t;
  t = performance.now();
  const index = new WordIndex();
  for (const text of folded) index.add(text);
  const indexMs = performance.now() - t;
  const scan = (query: string) => {
    const words = textMatcher(query);
    let n = 0;
    for (let i = 0; i < papers.length; i++) if (words(papers[i])) n++;
    return n;
  };
  for (const word of SEARCH_WORDS)
    if (index.find(word).length !== scan(word))
      throw new Error(`the index and the scan disagree on "${word}"`);
  const timing = interleave(
    rounds * SEARCH_WORDS.length,
    (round) => SEARCH_WORDS[round % SEARCH_WORDS.length],
    {
      ours: (word) => index.find(word).length,
      scan,
    },
  );
  return {
    name: 'text-search',
    papers: papers.length,
    ours_ms: ms(timing.ours.median),
    ours_p95_ms: ms(timing.ours.p95),
    scan_ms: ms(timing.scan.median),
    scan_p95_ms: ms(timing.scan.p95),
    speedup: Math.round(timing.scan.median / timing.ours.median),
    fold_ms: ms(foldMs),
    index_ms: ms(indexMs),
    words: SEARCH_WORDS.length,
    rounds,
  };
}
