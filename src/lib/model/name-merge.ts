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
import { givenCompatible, parsePersonName } from './person-name';
import {
  applySame,
  clusterBucket,
  differencePairs,
  find,
  isClique,
  type Key,
  type NameParts,
} from './name-clusters';

export type { NameParts };

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

export interface MergeOptions {
  /** The profile's owner: an author of every paper, listed or hidden behind "et al.". */
  owner?: string | null;
  aliases?: AliasTable;
  /** Key each written name exactly (no merging of compatible forms): for very large collections. */
  exact?: boolean;
}

/** A written form's key and its count. */
interface FormSeen {
  key: Key;
  stat: { count: number; display: string };
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
  const formOf = (raw: string): FormSeen | null => {
    const form = UNTIDY.test(raw) ? raw.replace(/\s+/g, ' ').trim() : raw;
    const name = ET_AL.test(form) ? null : parsePersonName(form);
    if (!name) return null;
    let key = keys.get(name.key);
    if (!key) {
      key = { name, forms: new Map(), ambiguous: false, parent: null, id: '' };
      keys.set(name.key, key);
    }
    let stat = key.forms.get(form);
    if (!stat) key.forms.set(form, (stat = { count: 0, display: name.display }));
    return { key, stat };
  };
  // Authors repeat (the reader shares their strings, so hashes are cached): each written form is
  // tidied and parsed once, then counted by this one lookup.
  const seen = new Map<string, FormSeen | null>();
  const addForm = (raw: string, count: number): Key | undefined => {
    let hit = seen.get(raw);
    if (hit === undefined) seen.set(raw, (hit = formOf(raw)));
    if (hit === null) return undefined;
    hit.stat.count += count;
    return hit.key;
  };
  // Every paper's authors' keys, flat (offsets per paper): no array per paper at 10^6 papers.
  const starts = new Int32Array(papers.length + 1);
  const flatKeys: (Key | undefined)[] = [];
  for (let i = 0; i < papers.length; i++) {
    const authors = papers[i].authors;
    for (let j = 0; j < authors.length; j++) flatKeys.push(addForm(authors[j], 1));
    starts[i + 1] = flatKeys.length;
  }
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
  for (let i = 0; i < papers.length; i++) {
    const ids = uniqueIds(flatKeys, starts[i], starts[i + 1], idOf, ownerId);
    const id = papers[i].id;
    const seenIds = paperPeople.get(id);
    paperPeople.set(id, seenIds ? [...new Set([...seenIds, ...ids])] : ids);
  }
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

/** Up to this many authors a paper's people are kept unique by a scan, past it by a set. */
const SCAN_AUTHORS = 32;

/**
 * The people of `keys[from..to)` without repeats, in listed order, the owner (if any) last when
 * not listed. Most papers list a handful of people, for whom a scan beats a set; a large
 * collaboration's thousands take a set.
 */
function uniqueIds(
  keys: readonly (Key | undefined)[],
  from: number,
  to: number,
  idOf: (k: Key) => string,
  ownerId: string | undefined,
): string[] {
  if (to - from > SCAN_AUTHORS) {
    const set = new Set<string>();
    for (let j = from; j < to; j++) if (keys[j] !== undefined) set.add(idOf(keys[j]!));
    if (ownerId) set.add(ownerId);
    return [...set];
  }
  const ids: string[] = [];
  for (let j = from; j < to; j++) {
    const k = keys[j];
    if (k === undefined) continue;
    const id = idOf(k);
    if (!ids.includes(id)) ids.push(id);
  }
  if (ownerId && !ids.includes(ownerId)) ids.push(ownerId);
  return ids;
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
