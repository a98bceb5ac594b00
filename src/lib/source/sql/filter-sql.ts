/**
 * A filter as a SQL predicate over the `papers` table, clause by clause with the page's meaning
 * (source/page/page-filter.ts). Nothing a client sends reaches SQL as text: years are integers,
 * categories come from the collection's dictionary, people and terms become the codes tables hold
 * (looked up), a community its members' codes, and search words, other kinds' groups and cited
 * papers' ids are escaped literals. A name the collection does not have matches nothing, as on
 * the page.
 */
import type { GroupKind } from '../../model/group-kinds';
import { queryWords } from '../../model/search-text';
import type { FilterClause, Filter } from '../filter';
import { int, intList } from './dialect';
import { and, FALSE, TRUE } from './engine';
import type { SqlDialect } from './dialect';
import type { TableName } from './schema';
import type { StoredCollection } from './stored';

/**
 * What compiling a filter needs of its scope (scope.ts's SqlScope, which caches the compiled
 * filters and so depends on this file, not this file on it).
 */
export interface FilterScope {
  readonly sql: SqlDialect;
  readonly stored: StoredCollection;
  local(name: TableName): string;
  personCodes(ids: readonly string[]): Promise<(number | null)[]>;
  termIds(keys: readonly string[]): Promise<(number | null)[]>;
}

export async function compileFilter(filter: Filter, scope: FilterScope): Promise<string> {
  const parts = await Promise.all(filter.map((c) => clauseSql(c, scope)));
  return and(...parts);
}

async function clauseSql(clause: FilterClause, scope: FilterScope): Promise<string> {
  const { sql } = scope;
  switch (clause.source) {
    case 'timeline': {
      const { from, to } = clause.value;
      return from > to ? FALSE : `dated = 1 AND year >= ${int(from)} AND year <= ${int(to)}`;
    }
    case 'categories': {
      const { kind } = clause.value;
      if (kind !== 'category') return withPrimaryGroup(scope, kind, clause.value.ids);
      // '' is the papers without a category: a group of its own, as in the page.
      const known = new Set([...scope.stored.categories, '']);
      const ids = [...new Set(clause.value.ids)].filter((id) => known.has(id)).sort();
      return ids.length ? `primary_cat IN (${ids.map(sql.literal).join(',')})` : FALSE;
    }
    case 'network': {
      const codes = await scope.personCodes(clause.value);
      if (codes.some((c) => c === null)) return FALSE;
      return and(...[...new Set(codes as number[])].map((c) => withPerson(scope, [c])));
    }
    case 'community': {
      const codes = scope.stored.communities.codes[clause.value] ?? [];
      return codes.length ? withPerson(scope, codes) : FALSE;
    }
    case 'term': {
      const ids = await scope.termIds(clause.value);
      if (ids.some((id) => id === null)) return FALSE;
      return and(
        ...[...new Set(ids as number[])].map(
          (id) => `idx IN (SELECT paper FROM ${scope.local('paper_terms')} WHERE term = ${int(id)})`,
        ),
      );
    }
    case 'search': {
      const words = queryWords(clause.value);
      return words.length ? and(...words.map((w) => sql.contains('folded', sql.literal(w)))) : TRUE;
    }
    case 'code':
      return 'has_code = 1';
    case 'cited': {
      const cited = clause.value;
      if (cited.kind === 'papers') {
        const ids = [...new Set(cited.ids)].sort();
        return ids.length ? `id IN (${ids.map(sql.literal).join(',')})` : FALSE;
      }
      const { from, to } = cited;
      return from > to
        ? FALSE
        : `idx IN (SELECT paper FROM ${scope.local('paper_cited_years')}
            WHERE year >= ${int(from)} AND year <= ${int(to)})`;
    }
  }
}

/**
 * Papers whose primary group under `kind` is one of `ids` ('' for no value: that row is at place 0
 * too). The ids are escaped literals; one the collection does not have matches nothing.
 */
function withPrimaryGroup(scope: FilterScope, kind: GroupKind, ids: readonly string[]): string {
  if (ids.length === 0) return FALSE;
  const list = [...new Set(ids)].sort().map(scope.sql.literal).join(',');
  return `idx IN (SELECT paper FROM ${scope.local('paper_groups')}
    WHERE kind = ${scope.sql.literal(kind)} AND pos = 0 AND grp IN (${list}))`;
}

/** Papers with one of these people on them. */
function withPerson(scope: FilterScope, codes: readonly number[]): string {
  const who = codes.length === 1 ? `person = ${int(codes[0])}` : `person IN ${intList(codes)}`;
  return `idx IN (SELECT paper FROM ${scope.local('authorships')} WHERE ${who})`;
}
