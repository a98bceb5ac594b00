/**
 * The clustering half of name merging (name-merge.ts): written forms' keys joined by union-find
 * within a surname when their given names agree and no other form makes them ambiguous, and the
 * alias table's `same` and `different` groups applied on top.
 */
import { parsePersonName, type PersonName } from './person-name';

/** What resolving by nearness reads of a name. */
export type NameParts = Pick<PersonName, 'key' | 'surname' | 'given'>;

/** A name key, its written forms and its cluster. */
export interface Key {
  name: PersonName;
  /** Written form → occurrences and its "Given Surname" display. */
  forms: Map<string, { count: number; display: string }>;
  ambiguous: boolean;
  /** Union-find link; null at a cluster's root. */
  parent: Key | null;
  /** The person id, set on roots once people are built. */
  id: string;
}

/** Ordered-pair set of keys that must never merge. */
export function differencePairs(groups: string[][]): Set<string> {
  const pairs = new Set<string>();
  for (const group of groups) {
    const names = group.map(parsePersonName).filter((n) => n !== null);
    for (const a of names) for (const b of names) if (a.key !== b.key) pairs.add(`${a.key}\n${b.key}`);
  }
  return pairs;
}

/** Joins unambiguous compatible keys of one surname. */
export function clusterBucket(bucket: Key[], compatible: (a: NameParts, b: NameParts) => boolean): void {
  // Different first initials never agree, so only keys sharing one (or with no given name) meet.
  const byInitial = new Map<string, Key[]>();
  const bare = bucket.filter((k) => k.name.given.length === 0);
  for (const k of bucket) {
    if (k.name.given.length === 0) continue;
    const initial = k.name.given[0][0];
    const group = byInitial.get(initial);
    if (group) group.push(k);
    else byInitial.set(initial, [k]);
  }
  const near = new Map<Key, Key[]>();
  for (const k of bucket) {
    const pool = k.name.given.length ? [...byInitial.get(k.name.given[0][0])!, ...bare] : bucket;
    const ns = pool.filter((o) => o !== k && compatible(k.name, o.name));
    near.set(k, ns);
    k.ambiguous = !isClique(ns, compatible);
  }
  for (const k of bucket) {
    if (k.ambiguous) continue;
    for (const o of near.get(k)!) if (!o.ambiguous) union(k, o);
  }
}

export function isClique(
  ks: readonly { name: NameParts }[],
  compatible: (a: NameParts, b: NameParts) => boolean,
): boolean {
  const initials = new Set(ks.filter((k) => k.name.given.length).map((k) => k.name.given[0][0]));
  if (initials.size > 1) return false;
  for (let i = 0; i < ks.length; i++) {
    for (let j = i + 1; j < ks.length; j++) if (!compatible(ks[i].name, ks[j].name)) return false;
  }
  return true;
}

/** Applies `same` groups (unless a `different` pair forbids it); returns unseen alias keys → a seen key. */
export function applySame(groups: string[][], keys: Map<string, Key>, differ: Set<string>): Map<string, Key> {
  const unseen = new Map<string, Key>();
  for (const group of groups) {
    const names = group.map(parsePersonName).filter((n) => n !== null);
    const seen = names.map((n) => keys.get(n.key)).filter((k) => k !== undefined);
    for (const k of seen.slice(1)) {
      if (!conflicts(find(seen[0]), find(k), keys, differ)) union(seen[0], k);
    }
    if (seen.length) for (const n of names) if (!keys.has(n.key)) unseen.set(n.key, seen[0]);
  }
  return unseen;
}

function conflicts(a: Key, b: Key, keys: Map<string, Key>, differ: Set<string>): boolean {
  if (differ.size === 0 || a === b) return false;
  const members = [...keys.values()];
  const inA = members.filter((k) => find(k) === a);
  const inB = members.filter((k) => find(k) === b);
  return inA.some((x) => inB.some((y) => differ.has(`${x.name.key}\n${y.name.key}`)));
}

export function find(k: Key): Key {
  let root = k;
  while (root.parent) root = root.parent;
  while (k !== root) {
    const next: Key = k.parent!;
    k.parent = root;
    k = next;
  }
  return root;
}

export function union(a: Key, b: Key): void {
  const ra = find(a);
  const rb = find(b);
  if (ra !== rb) rb.parent = ra;
}
