/**
 * A loaded collection as table rows: papers in batches (with their authorships, terms and listed
 * categories), and the people dictionaries once. Terms come from the app's own tokeniser, search
 * text from the page's own folding, orders from the list's own sort, so SQL reads what the page
 * would compute.
 *
 *   Paper[] + people ─► papers, authorships, paper_categories, paper_groups, paper_cited_years,
 *                       paper_terms (+ new terms, surfaces)
 */
import type { Paper } from '../../data/paper';
import { paperGroups } from '../../model/group-info';
import type { GroupKind } from '../../model/group-kinds';
import { compareNames, type PeopleIndex } from '../../model/name-merge';
import { paperOrders } from '../../model/paper-order';
import { searchText } from '../../model/search-text';
import { periodOf } from '../../model/timeline';
import { SURFACE_ID, TermDictionary } from '../../model/term-dictionary';
import { citedJson, citedYears } from './cited-rows';
import type { Batch, Row } from './schema';
import { Dictionary } from './term-dictionary';

export interface CollectionRows {
  papers: readonly Paper[];
  people: PeopleIndex;
  /** Person id → code (its position in `people.people`). */
  codeOf: Map<string, number>;
  /** Per paper, its position in each order of the list. */
  ranks: { newest: Uint32Array; oldest: Uint32Array; title: Uint32Array };
  terms: Dictionary;
  surfaces: Dictionary;
  /** The app's tokeniser's ids for this collection (the tables keep their own, stable ones). */
  dict: TermDictionary;
}

export function collectionRows(
  papers: readonly Paper[],
  people: PeopleIndex,
  known: { terms?: [number, string][]; surfaces?: [number, string][] } = {},
): CollectionRows {
  const orders = paperOrders(papers);
  const rank = (order: Int32Array) => {
    const out = new Uint32Array(papers.length);
    order.forEach((idx, position) => (out[idx] = position));
    return out;
  };
  return {
    papers,
    people,
    codeOf: new Map(people.people.map((p, code) => [p.id, code])),
    ranks: { newest: rank(orders.newest), oldest: rank(orders.oldest), title: rank(orders.title) },
    terms: new Dictionary(known.terms),
    surfaces: new Dictionary(known.surfaces),
    dict: new TermDictionary(),
  };
}

/** The kinds `paper_groups` holds ('category' is the papers' own column and `paper_categories`). */
export const SERVED_KINDS = ['field', 'venue', 'keyword', 'type'] as const satisfies readonly GroupKind[];

/** Places beyond this one share it (only the last-seen order of a group lookup reads them). */
export const MAX_POS = 65535;

/** The people table: codes in index order, and each person's place in name order. */
export function peopleRows(people: PeopleIndex): Row[] {
  const byName = people.people
    .map((p, code) => ({ p, code }))
    .sort((a, b) => compareNames(a.p.name, b.p.name) || (a.p.id < b.p.id ? -1 : a.p.id > b.p.id ? 1 : 0));
  const nameRank = new Uint32Array(people.people.length);
  byName.forEach(({ code }, rank) => (nameRank[code] = rank));
  return people.people.map((p, code) => [
    code,
    p.id,
    p.name,
    JSON.stringify(p.forms),
    p.papers,
    p.isOwner ? 1 : 0,
    nameRank[code],
  ]);
}

export function nameKeyRows(people: PeopleIndex): Row[] {
  return (people.nameKeys?.() ?? []).map((k) => [
    k.key,
    k.key.slice(0, k.key.indexOf('|')),
    k.id,
    k.ambiguous ? 1 : 0,
    k.alias ? 1 : 0,
  ]);
}

/** Rows of papers `start` to `end` (exclusive), and the dictionary entries they added. */
export function batchRows(c: CollectionRows, start: number, end: number): Batch {
  const papers: Row[] = [];
  const authorships: Row[] = [];
  const categories: Row[] = [];
  const groups: Row[] = [];
  const citedIn: Row[] = [];
  const terms: Row[] = [];
  for (let idx = start; idx < end; idx++) {
    const p = c.papers[idx];
    const year = p.year ?? 0;
    const dated = p.year === null ? 0 : 1;
    const month = periodOf(p, 'month') ?? '';
    const primary = p.categories[0] ?? '';
    const ids = c.people.paperPeople.get(p.id) ?? [];
    papers.push([
      idx,
      p.id,
      year,
      dated,
      month,
      primary,
      p.hasCode ? 1 : 0,
      p.authorsTruncated ? 1 : 0,
      p.yearInferred ? 1 : 0,
      p.authors.length,
      c.ranks.newest[idx],
      c.ranks.oldest[idx],
      c.ranks.title[idx],
      searchText(p),
      JSON.stringify(ids),
      JSON.stringify(p),
      citedJson(p),
    ]);
    for (const id of ids) authorships.push([idx, c.codeOf.get(id)!, year, dated, primary]);
    for (const category of p.categories.length ? p.categories : [''])
      categories.push([idx, category, year, dated, month]);
    for (const kind of SERVED_KINDS) {
      // Every listed group, repeats too (the page counts a repeated keyword twice), or '' alone.
      const listed = paperGroups(p, kind);
      if (!listed.length) groups.push([idx, kind, '', 0, 0, year, dated, month]);
      listed.forEach((g, i) => groups.push([idx, kind, g, Math.min(i, MAX_POS), 1, year, dated, month]));
    }
    for (const y of citedYears(p)) citedIn.push([idx, y]);
    termRows(c, idx, p, [year, dated], terms);
  }
  return {
    papers,
    authorships,
    paper_categories: categories,
    paper_groups: groups,
    paper_cited_years: citedIn,
    paper_terms: terms,
    terms: c.terms.drain(),
    surfaces: c.surfaces.drain(),
  };
}

function termRows(c: CollectionRows, idx: number, p: Paper, when: [number, number], out: Row[]): void {
  // The paper itself: its terms stay cached for the community labels, which read them again.
  const { ids, surfaces, from, to } = c.dict.termsOf(p);
  for (let i = from; i < to; i++) {
    const local = ids[i];
    const key = c.dict.termKey(local);
    const id = c.terms.idOfLocal(local, () => key);
    const space = key.indexOf(' ');
    const [w1, w2] = space < 0 ? [0, 0] : [c.terms.id(key.slice(0, space)), c.terms.id(key.slice(space + 1))];
    const surfaceLocal = surfaces[i] & SURFACE_ID;
    const surface = c.surfaces.idOfLocal(surfaceLocal, () => c.dict.surfaceText(surfaceLocal));
    out.push([idx, id, surfaces[i] >>> 31, surface, ...when, w1, w2]);
  }
}
