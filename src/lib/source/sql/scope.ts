/**
 * What every question's SQL is written against: the engine, the stored collection, and lookups
 * from the names a client sends (person ids, term keys) to the codes tables hold. Lookups go to
 * the collection's own dictionaries, so a name that is not there matches nothing; they are kept,
 * since views ask with the same few names again and again.
 */
import { filterKey, type Filter } from '../filter';
import { TRUE, type SqlEngine } from './engine';
import { compileFilter } from './filter-sql';
import type { StoredCollection } from './stored';
import type { TableName } from './schema';

const KEPT = 5000;

export interface PersonRow {
  code: number;
  id: string;
  name: string;
  forms: string[];
  isOwner: boolean;
  nameRank: number;
}

export class SqlScope {
  readonly engine: SqlEngine;
  readonly stored: StoredCollection;
  readonly #codes = new Map<string, number | null>();
  readonly #terms = new Map<string, number | null>();
  readonly #wheres = new Map<string, Promise<string>>();

  constructor(engine: SqlEngine, stored: StoredCollection) {
    this.engine = engine;
    this.stored = stored;
  }

  get sql() {
    return this.engine.dialect;
  }

  t(name: TableName): string {
    return this.engine.table(name);
  }

  local(name: TableName): string {
    return this.engine.local(name);
  }

  rows(sql: string): Promise<unknown[][]> {
    return this.engine.query(sql);
  }

  /** The filter as a predicate over `papers` columns. */
  where(filter: Filter): Promise<string> {
    if (filter.length === 0) return Promise.resolve(TRUE);
    const key = filterKey(filter);
    let hit = this.#wheres.get(key);
    if (!hit) {
      if (this.#wheres.size >= 64) this.#wheres.delete(this.#wheres.keys().next().value!);
      hit = compileFilter(filter, this);
      this.#wheres.set(key, hit);
      hit.catch(() => this.#wheres.delete(key));
    }
    return hit;
  }

  /** A predicate over a per-paper table's `paper` column: the paper passes `where`. */
  paperIn(where: string, column = 'paper'): string {
    return where === TRUE ? TRUE : `${column} IN (SELECT idx FROM ${this.local('papers')} WHERE ${where})`;
  }

  /** Person codes of ids (null where the collection has no such person). */
  personCodes(ids: readonly string[]): Promise<(number | null)[]> {
    return this.#lookUp(this.#codes, ids, 'people', 'id', 'code');
  }

  /** Term ids of keys (null where no paper has the term). */
  termIds(keys: readonly string[]): Promise<(number | null)[]> {
    return this.#lookUp(this.#terms, keys, 'terms', 'key', 'id');
  }

  /** The numbers (`value` column) of `keys` (`key` column) in `table`, each asked once. */
  async #lookUp(
    cache: Map<string, number | null>,
    keys: readonly string[],
    table: TableName,
    key: string,
    value: string,
  ): Promise<(number | null)[]> {
    const missing = [...new Set(keys.filter((k) => !cache.has(k)))];
    if (missing.length) {
      const found = await this.rows(
        `SELECT ${key}, ${value} FROM ${this.t(table)} WHERE ${key} IN (${missing.map(this.sql.literal).join(',')})`,
      );
      keep(cache, missing, found);
    }
    return keys.map((k) => cache.get(k) ?? null);
  }

  /** The people of `codes`, by code. */
  async people(codes: readonly number[]): Promise<Map<number, PersonRow>> {
    const out = new Map<number, PersonRow>();
    for (let i = 0; i < codes.length; i += KEPT) {
      const part = codes.slice(i, i + KEPT);
      const rows = await this.rows(
        `SELECT code, id, name, forms, is_owner, name_rank FROM ${this.t('people')} WHERE code IN (${part.join(',')})`,
      );
      for (const [code, id, name, forms, owner, rank] of rows)
        out.set(Number(code), {
          code: Number(code),
          id: String(id),
          name: String(name),
          forms: JSON.parse(String(forms)) as string[],
          isOwner: Number(owner) === 1,
          nameRank: Number(rank),
        });
    }
    return out;
  }
}

function keep(cache: Map<string, number | null>, asked: readonly string[], found: unknown[][]): void {
  if (cache.size > KEPT) cache.clear();
  for (const k of asked) cache.set(k, null);
  for (const [k, v] of found) cache.set(String(k), Number(v));
}
