/**
 * Papers of a collection found elsewhere (the text worker answers with indexes): a membership test
 * and a per-paper mask without a pass over the paper objects, and without a set of 10^5 papers
 * unless a caller asks paper by paper.
 */
export interface FoundPapers {
  /** Whether `paper` (an object of the collection) was found. */
  has(paper: object): boolean;
  /** Per paper of `papers`, 1 where found: read off the indexes when `papers` is the collection. */
  mask(papers: readonly object[]): Uint8Array;
}

export function foundPapers(collection: readonly object[], indexes: Int32Array): FoundPapers {
  let members: Set<object> | null = null;
  const has = (paper: object) => (members ??= new Set(Array.from(indexes, (i) => collection[i]))).has(paper);
  return {
    has,
    mask: (papers) => {
      const out = new Uint8Array(papers.length);
      if (papers === collection) for (const i of indexes) out[i] = 1;
      else for (let i = 0; i < papers.length; i++) out[i] = has(papers[i]) ? 1 : 0;
      return out;
    },
  };
}
