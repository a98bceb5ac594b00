/**
 * Which records are one work. Records that share a key (DOI, arXiv id, title + year) form
 * components; a component with at most one DOI and one arXiv id is one work. A component holding
 * different DOIs or arXiv ids is split by a greedy pass in a fixed order (strongest identifiers
 * first), so the outcome does not depend on the order of the files or of the records in them.
 *
 *   records ─► keys ─► components (union-find) ─► conflict-free: one work
 *                                              └► conflicting: canonical greedy split
 */
import { conflicting, type WorkIds } from './work-ids';

/** Record indices of each work, ascending; works ordered by their first record. */
export function groupWorks(ids: readonly WorkIds[]): number[][] {
  // Union by smallest index: a component's root is its first record.
  const parent = Int32Array.from(ids, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // One map per kind of key (no prefixed key string per record: 10^6 records make 3·10^6).
  const join = (firstWithKey: Map<string, number>, key: string, i: number) => {
    const j = firstWithKey.get(key);
    if (j === undefined) return void firstWithKey.set(key, i);
    const a = find(i);
    const b = find(j);
    if (a < b) parent[b] = a;
    else parent[a] = b;
  };
  const dois = new Map<string, number>();
  const arxivs = new Map<string, number>();
  const titles = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    const r = ids[i];
    if (r.doi) join(dois, r.doi, i);
    if (r.arxiv) join(arxivs, r.arxiv, i);
    if (r.title) join(titles, r.title, i);
  }
  const members = new Map<number, number[]>();
  for (let i = 0; i < ids.length; i++) {
    const root = find(i);
    if (root === i) continue;
    const group = members.get(root);
    if (group) group.push(i);
    else members.set(root, [root, i]);
  }
  const works: number[][] = [];
  let split = false;
  for (let i = 0; i < ids.length; i++) {
    if (parent[i] !== i) continue;
    const group = members.get(i);
    if (!group) works.push([i]);
    else if (!hasConflict(group.map((m) => ids[m]))) works.push(group);
    else {
      works.push(...splitComponent(group, ids));
      split = true;
    }
  }
  return split ? works.sort((a, b) => a[0] - b[0]) : works;
}

function keysOf(r: WorkIds): string[] {
  const keys: string[] = [];
  if (r.doi) keys.push(`doi:${r.doi}`);
  if (r.arxiv) keys.push(`arxiv:${r.arxiv}`);
  if (r.title) keys.push(`title:${r.title}`);
  return keys;
}

function hasConflict(records: WorkIds[]): boolean {
  const dois = new Set(records.map((r) => r.doi).filter(Boolean));
  const arxivs = new Set(records.map((r) => r.arxiv).filter(Boolean));
  return dois.size > 1 || arxivs.size > 1;
}

interface Work {
  doi?: string;
  arxiv?: string;
  members: number[];
  /** Set when this work was absorbed into another. */
  into: Work | null;
}

/** Records with both identifiers first, then a DOI, then an arXiv id, then neither; then by key. */
function canonical(ids: readonly WorkIds[]) {
  const rank = (r: WorkIds) => (r.doi ? 0 : 2) + (r.arxiv ? 0 : 1);
  const text = (r: WorkIds) => `${r.doi ?? ''}\n${r.arxiv ?? ''}\n${r.title ?? ''}`;
  return (a: number, b: number) =>
    rank(ids[a]) - rank(ids[b]) ||
    (text(ids[a]) < text(ids[b]) ? -1 : text(ids[a]) > text(ids[b]) ? 1 : a - b);
}

function splitComponent(members: number[], ids: readonly WorkIds[]): number[][] {
  const byKey = new Map<string, Work[]>();
  const live = (w: Work): Work => (w.into ? live(w.into) : w);
  const all: Work[] = [];
  for (const i of [...members].sort(canonical(ids))) {
    const r = ids[i];
    const candidates = [...new Set(keysOf(r).flatMap((k) => (byKey.get(k) ?? []).map(live)))];
    let work = candidates.find((w) => !conflicting(w, r));
    if (!work) {
      work = { members: [], into: null };
      all.push(work);
    }
    work.doi ??= r.doi;
    work.arxiv ??= r.arxiv;
    work.members.push(i);
    // The record may bridge works that agree with each other: they are one work too.
    for (const other of candidates) {
      if (other === work || other.into || conflicting(work, other)) continue;
      work.doi ??= other.doi;
      work.arxiv ??= other.arxiv;
      work.members.push(...other.members);
      other.into = work;
    }
    for (const k of keysOf(r)) {
      const list = byKey.get(k);
      if (!list) byKey.set(k, [work]);
      else if (!list.includes(work)) list.push(work);
    }
  }
  return all.filter((w) => !w.into).map((w) => w.members.sort((a, b) => a - b));
}
