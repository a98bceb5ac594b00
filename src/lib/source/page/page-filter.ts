/**
 * Which papers of the page's collection pass a filter. Each clause becomes a pass (1 per paper
 * that passes), kept while the collection lives, so a click that changes one clause runs one new
 * pass; the papers of a whole filter are kept for the last few filters (the views of one
 * selection ask with a handful of different filters, one per own clause left out).
 *
 * Text clauses ask the text worker (or its service on the page) which papers match, so they may
 * answer later; year and category clauses read typed columns.
 */
import type { Paper } from '../../data/paper';
import { NO_GROUP, primaryGroup } from '../../model/group-info';
import { paperColumns, NO_CATEGORY } from '../../model/paper-columns';
import { textMatcher } from '../../model/search-text';
import { clauseKey, filterKey, type CitedValue, type Filter, type FilterClause } from '../filter';
import { allOf, after, type Maybe } from '../maybe';
import type { PageCollection } from './page-collection';
import type { PageText } from './page-text';

/** The papers passing a filter: in collection order, with their indexes (null: every paper). */
export interface Selected {
  papers: readonly Paper[];
  indexes: Int32Array | null;
}

const KEPT_FILTERS = 16;

export class PageFilter {
  readonly #c: PageCollection;
  readonly #text: PageText;
  readonly #passes = new Map<string, Maybe<Uint8Array>>();
  #selected = new Map<string, Maybe<Selected>>();

  constructor(collection: PageCollection, text: PageText) {
    this.#c = collection;
    this.#text = text;
  }

  /** The papers passing every clause of `filter`. */
  select(filter: Filter): Maybe<Selected> {
    if (filter.length === 0) return { papers: this.#c.papers, indexes: null };
    const key = filterKey(filter);
    let hit = this.#selected.get(key);
    if (hit === undefined) {
      hit = after(allOf(filter.map((c) => this.#pass(c))), (passes) => combine(this.#c.papers, passes));
      if (this.#selected.size >= KEPT_FILTERS) this.#selected.delete(this.#selected.keys().next().value!);
      this.#selected.set(key, hit);
      // Kept as a value once known, so later asks answer at once.
      if (hit instanceof Promise)
        void hit.then((v) => this.#selected.set(key, v)).catch(() => this.#selected.delete(key));
    }
    return hit;
  }

  #pass(clause: FilterClause): Maybe<Uint8Array> {
    const key = clauseKey(clause);
    let pass = this.#passes.get(key);
    if (pass === undefined) {
      pass = this.#build(clause);
      this.#passes.set(key, pass);
      if (pass instanceof Promise)
        void pass.then((v) => this.#passes.set(key, v)).catch(() => this.#passes.delete(key));
    }
    return pass;
  }

  #build(clause: FilterClause): Maybe<Uint8Array> {
    const { papers, people } = this.#c;
    switch (clause.source) {
      case 'timeline': {
        const { from, to } = clause.value;
        const { year } = paperColumns(papers);
        const out = new Uint8Array(year.length);
        // NO_YEAR is below any real year, so an undated paper never passes.
        for (let i = 0; i < year.length; i++) out[i] = year[i] >= from && year[i] <= to ? 1 : 0;
        return out;
      }
      case 'categories': {
        const { kind, ids } = clause.value;
        if (kind !== 'category') {
          const wanted = new Set(ids);
          return passOf(papers, (p) => wanted.has(primaryGroup(p, kind)));
        }
        const { primary, categories } = paperColumns(papers);
        const wanted = new Uint8Array(categories.size);
        for (const id of ids) {
          const code = categories.get(id);
          if (code !== undefined) wanted[code] = 1;
        }
        const none = ids.includes(NO_GROUP) ? 1 : 0;
        const out = new Uint8Array(primary.length);
        for (let i = 0; i < primary.length; i++)
          out[i] = primary[i] !== NO_CATEGORY ? wanted[primary[i]] : none;
        return out;
      }
      case 'network': {
        const ids = clause.value;
        return passOf(papers, (p) => {
          const on = people.paperPeople.get(p.id);
          return on !== undefined && ids.every((id) => on.includes(id));
        });
      }
      case 'community':
        return after(this.#text.communityMembers(clause.value), (members) =>
          passOf(papers, (p) => people.paperPeople.get(p.id)?.some((id) => members.has(id)) === true),
        );
      case 'term':
        return this.#text.termMask(clause.value);
      case 'search':
        return this.#text.searchable
          ? this.#text.searchMask(clause.value)
          : passOf(papers, textMatcher(clause.value));
      case 'code':
        return passOf(papers, (p) => p.hasCode);
      case 'cited':
        return passOf(papers, citedTest(clause.value));
    }
  }
}

/** Whether a paper passes a `cited` clause: cited in one of the years, or one of the papers. */
export function citedTest(value: CitedValue): (p: Paper) => boolean {
  if (value.kind === 'papers') {
    const ids = new Set(value.ids);
    return (p) => ids.has(p.id);
  }
  return (p) => {
    const byYear = p.citationsByYear;
    if (!byYear) return false;
    for (let y = value.from; y <= value.to; y++) if ((byYear[String(y)] ?? 0) > 0) return true;
    return false;
  };
}

function passOf(papers: readonly Paper[], test: (p: Paper) => boolean): Uint8Array {
  const out = new Uint8Array(papers.length);
  for (let i = 0; i < papers.length; i++) out[i] = test(papers[i]) ? 1 : 0;
  return out;
}

function combine(papers: readonly Paper[], passes: readonly Uint8Array[]): Selected {
  let n = 0;
  const ok = new Uint8Array(papers.length).fill(1);
  for (const pass of passes) for (let i = 0; i < ok.length; i++) ok[i] &= pass[i];
  for (let i = 0; i < ok.length; i++) n += ok[i];
  const indexes = new Int32Array(n);
  const kept: Paper[] = new Array(n);
  for (let i = 0, k = 0; i < ok.length; i++)
    if (ok[i]) {
      indexes[k] = i;
      kept[k++] = papers[i];
    }
  return { papers: kept, indexes };
}
