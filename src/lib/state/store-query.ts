/**
 * The selection as a columnar-store query: clause values only (predicates are functions and
 * cannot cross to a worker). Each source maps to one query field.
 */
import type { StoreQuery } from '../model/store-filter';
import type { Clause } from './clauses';

/** The store query equivalent to `clauses` (the clause predicates' semantics, field by field). */
export function queryOfClauses(clauses: readonly Clause[]): StoreQuery {
  const query: StoreQuery = {};
  for (const c of clauses) {
    if (c.source === 'timeline') query.years = { ...(c as Clause<'timeline'>).value };
    // The store's cubes hold arXiv categories only; groups of other kinds are the page's.
    else if (c.source === 'categories') query.categories = [...(c as Clause<'categories'>).value.ids];
    else if (c.source === 'network') query.people = [...(c as Clause<'network'>).value];
    else if (c.source === 'search') query.search = (c as Clause<'search'>).value;
    else if (c.source === 'code') query.code = true;
  }
  return query;
}
