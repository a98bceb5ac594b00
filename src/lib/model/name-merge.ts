/**
 * Name merging: one person, one id. Written forms of a name collapse when their surnames match
 * and their given names agree part by part (see `givenCompatible`); a form that agrees with two
 * forms that disagree with each other ("J. Doe" with "Jane Doe" and "John Doe") is ambiguous and
 * stays on its own. Merging only joins unambiguous forms, which keeps every person a set of
 * pairwise-compatible forms. An alias table overrides the rule both ways.
 *
 *   papers ─► forms ─► keys (parsed) ─► surname buckets ─► clusters ─► aliases ─► people
 */
import type { Paper } from '../data/paper';
import { givenCompatible, parsePersonName, type PersonName } from './person-name';

/** Hand-kept overrides: `same` lists forms of one person, `different` forms that never merge. */
/**
 * Above this many papers a collection's names are keyed exactly instead of merged: merging compares
 * name forms and grows faster than the collection (docs/performance.md), so it would hold an
 * import up; "J. Doe" and "Jane Doe" then stay two people.
 */
export const MERGE_LIMIT = 50_000;

export interface AliasTable {
  same: string[][];
  different: string[][];
}

export interface Person {
  id: string;
  /** The fullest form (most given-name letters; ties → most frequent). */
  name: string;
  /** Every written form this person stands for, most frequent first. */
  forms: string[];
  papers: number;
  isOwner: boolean;
}

export interface PeopleIndex {
  /** Sorted by papers (descending), then name. */
  people: Person[];
  byId: Map<string, Person>;
  /** Paper id → person ids in listed order, without duplicates (the owner appended where missing). */
  paperPeople: Map<string, string[]>;
  /** Any written name, seen or new ("anna scaife") → person id by the same rule; undefined if none or ambiguous. */
  resolve(name: string): string | undefined;
  /** Every name key and whom it resolves to: what a server stores to resolve names as `resolve` does. */
  nameKeys?(): NameKeyRow[];
}

/** A name key's person: `alias` for keys only an alias table names (they resolve, but never by nearness). */
export interface NameKeyRow {
  key: string;
  id: string;
  ambiguous: boolean;
  alias: boolean;
}

/** What resolving by nearness reads of a name. */
export type NameParts = Pick<PersonName, 'key' | 'surname' | 'given'>;

export interface MergeOptions {
  /** The profile's owner: an author of every paper, listed or hidden behind "et al.". */
  owner?: string | null;
  aliases?: AliasTable;
  /** Key each written name exactly (no merging of compatible forms): for very large collections. */
  exact?: boolean;
}

interface Key {
  name: PersonName;
  /** Written form → occurrences and its "Given Surname" display. */
  forms: Map<string, { count: number; display: string }>;
  ambiguous: boolean;
  /** Union-find link; null at a cluster's root. */
  parent: Key | null;
  /** The person id, set on roots once people are built. */
  id: string;
}

const ET_AL = /^(?:et\.? al\.?|and others|others)$/i;
const collator = new Intl.Collator('en');

/** Compares display names the way people are listed (accent-aware, locale-stable). */
export const compareNames: (a: string, b: string) => number = collator.compare;

/** Whitespace a name form is tidied of: runs, other than a plain space, or at either end. */
const UNTIDY = /\s\s|[^\S ]|^\s|\s$/;

/** Merges the authors of `papers` into people. Does not modify its input. */
export function mergePeople(papers: readonly Paper[], options: MergeOptions = {}): PeopleIndex {
  const keys = new Map<string, Key>();
  const keyOfForm = new Map<string, Key | undefined>(); // authors repeat: parse each form once
  const addForm = (raw: string, count: number): Key | undefined => {
    // Most names are tidy already: kept as they are, the same string each time, its hash cached.
    const form = UNTIDY.test(raw) ? raw.replace(/\s+/g, ' ').trim() : raw;
    let key = keyOfForm.get(form);
    if (key === undefined && !keyOfForm.has(form)) {
      const name = ET_AL.test(form) ? null : parsePersonName(form);
      key = name ? keys.get(name.key) : undefined;
      if (name && !key) {
        key = { name, forms: new Map(), ambiguous: false, parent: null, id: '' };
        keys.set(name.key, key);
      }
      if (name) key!.forms.set(form, { count: 0, display: name.display });
      keyOfForm.set(form, key);
    }
    if (key) key.forms.get(form)!.count += count;
    return key;
  };
  const paperKeys = papers.map((p) => p.authors.map((a) => addForm(a, 1)));
  const ownerKey = options.owner ? addForm(options.owner, 0) : undefined;

  const compatible = nameCompatibility(options.aliases);

  const buckets = new Map<string, Key[]>();
  for (const key of keys.values()) {
    const bucket = buckets.get(key.name.surname);
    if (bucket) bucket.push(key);
    else buckets.set(key.name.surname, [key]);
  }
  if (!options.exact) for (const bucket of buckets.values()) clusterBucket(bucket, compatible);
  const differ = differencePairs(options.aliases?.different ?? []);
  const sameOf = applySame(options.aliases?.same ?? [], keys, differ);

  const people = buildPeople(keys, ownerKey);
  const byId = new Map(people.map((p) => [p.id, p]));
  const idOf = (key: Key) => find(key).id;
  const paperPeople = new Map<string, string[]>();
  const ownerId = ownerKey ? idOf(ownerKey) : undefined;
  papers.forEach((paper, i) => {
    const ids = [...new Set(paperKeys[i].filter((k) => k !== undefined).map(idOf))];
    if (ownerId && !ids.includes(ownerId)) ids.push(ownerId);
    const seen = paperPeople.get(paper.id);
    paperPeople.set(paper.id, seen ? [...new Set([...seen, ...ids])] : ids);
  });
  for (const ids of paperPeople.values()) for (const id of ids) byId.get(id)!.papers++;
  people.sort((a, b) => b.papers - a.papers || compareNames(a.name, b.name) || (a.id < b.id ? -1 : 1));

  const resolve = (raw: string): string | undefined => {
    const name = parsePersonName(raw.replace(/\s+/g, ' ').trim());
    if (!name) return undefined;
    const known = keys.get(name.key) ?? sameOf.get(name.key);
    if (known) return idOf(known);
    const bucket = (buckets.get(name.surname) ?? []).map((k) => ({ ...k, id: idOf(k) }));
    return resolveNear(name, bucket, compatible);
  };
  const nameKeys = (): NameKeyRow[] => [
    ...[...keys.values()].map((k) => ({
      key: k.name.key,
      id: idOf(k),
      ambiguous: k.ambiguous,
      alias: false,
    })),
    ...[...sameOf].map(([key, k]) => ({ key, id: idOf(k), ambiguous: false, alias: true })),
  ];
  return { people, byId, paperPeople, resolve, nameKeys };
}

/** Whether two names may be one person: given names agree and no alias says otherwise. */
export function nameCompatibility(aliases?: AliasTable): (a: NameParts, b: NameParts) => boolean {
  const differ = differencePairs(aliases?.different ?? []);
  return (a, b) =>
    givenCompatible(a.given, b.given) && !(differ.size > 0 && differ.has(`${a.key}\n${b.key}`));
}

/**
 * A name no key matches exactly, among the keys of its surname: the one person all compatible keys
 * belong to (unambiguous keys first), or undefined when none is, or several are.
 */
export function resolveNear(
  name: NameParts,
  bucket: readonly { name: NameParts; ambiguous: boolean; id: string }[],
  compatible: (a: NameParts, b: NameParts) => boolean,
): string | undefined {
  const near = bucket.filter((k) => compatible(name, k.name));
  if (near.length === 0 || !isClique(near, compatible)) return undefined;
  const firm = new Set(near.filter((k) => !k.ambiguous).map((k) => k.id));
  const all = new Set(near.map((k) => k.id));
  const ids = firm.size > 0 ? firm : all;
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** Ordered-pair set of keys that must never merge. */
function differencePairs(groups: string[][]): Set<string> {
  const pairs = new Set<string>();
  for (const group of groups) {
    const names = group.map(parsePersonName).filter((n) => n !== null);
    for (const a of names) for (const b of names) if (a.key !== b.key) pairs.add(`${a.key}\n${b.key}`);
  }
  return pairs;
}

/** Joins unambiguous compatible keys of one surname. */
function clusterBucket(bucket: Key[], compatible: (a: NameParts, b: NameParts) => boolean): void {
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

function isClique(
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
function applySame(groups: string[][], keys: Map<string, Key>, differ: Set<string>): Map<string, Key> {
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

function find(k: Key): Key {
  let root = k;
  while (root.parent) root = root.parent;
  while (k !== root) {
    const next: Key = k.parent!;
    k.parent = root;
    k = next;
  }
  return root;
}

function union(a: Key, b: Key): void {
  const ra = find(a);
  const rb = find(b);
  if (ra !== rb) rb.parent = ra;
}

/** One person per cluster, named by its fullest form and identified by that form's key. */
function buildPeople(keys: Map<string, Key>, ownerKey: Key | undefined): Person[] {
  const clusters = new Map<Key, Key[]>();
  for (const k of keys.values()) {
    const members = clusters.get(find(k));
    if (members) members.push(k);
    else clusters.set(find(k), [k]);
  }
  const people: Person[] = [];
  for (const [root, members] of clusters) {
    const forms = members.flatMap((k) => [...k.forms].map(([form, stat]) => ({ form, ...stat, k })));
    if (forms.length > 1) forms.sort((a, b) => b.count - a.count || compareNames(a.form, b.form));
    // Fullest first; among equals the most frequent, then the one with accents.
    const best = forms.reduce((a, b) =>
      (b.k.name.letters - a.k.name.letters ||
        b.count - a.count ||
        b.form.normalize('NFD').length - a.form.normalize('NFD').length ||
        compareNames(a.form, b.form)) > 0
        ? b
        : a,
    );
    root.id = best.k.name.key;
    const isOwner = ownerKey !== undefined && find(ownerKey) === root;
    people.push({ id: root.id, name: best.display, forms: forms.map((f) => f.form), papers: 0, isOwner });
  }
  return people;
}
