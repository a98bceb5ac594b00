/**
 * The tables a collection is stored in, engine-independent: each engine writes its own DDL from
 * these column lists. Papers are keyed by `idx`, their position in the collection (the handle the
 * page uses too); every table with a `paper` column is sharded by it, as `papers` by `idx`, so a
 * paper's authorships, terms and categories live on its shard and joins stay there.
 *
 *   papers ─┬─ authorships (paper, person, + year, primary copied: no join to count people)
 *           ├─ paper_terms (paper, term, in title, written form, + year, phrase words)
 *           ├─ paper_categories (paper, category, + year, month period) for cross-listed counts
 *           ├─ paper_groups (paper, kind, group, place, + year, month period): the other "Group by"
 *           │  kinds (field, venue, keyword, type), as model/group-info.ts's `paperGroups` gives them
 *           └─ paper_cited_years (paper, year): the years a paper was cited in (a per-year count
 *              above 0), for the Citations view's filter
 *
 * Years may be negative (BCE dates); `dated` says whether a paper has one.
 *   people, terms, surfaces, name_keys: dictionaries; meta: info, communities and the load's progress
 */

export type ColumnType = 'u8' | 'i32' | 'u32' | 'str';

export interface TableSchema {
  name: TableName;
  columns: readonly (readonly [name: string, type: ColumnType])[];
  /** Sort key (ClickHouse ORDER BY; also the DuckDB load order). */
  order: readonly string[];
  /** Column the cluster shards by (the same paper key for every per-paper table). */
  shard: string;
}

export type TableName =
  | 'papers'
  | 'authorships'
  | 'paper_terms'
  | 'paper_categories'
  | 'paper_groups'
  | 'paper_cited_years'
  | 'people'
  | 'terms'
  | 'surfaces'
  | 'name_keys'
  | 'meta';

export const TABLES: readonly TableSchema[] = [
  {
    name: 'papers',
    columns: [
      ['idx', 'u32'],
      ['id', 'str'],
      ['year', 'i32'], // 0 when undated
      ['dated', 'u8'],
      ['period_month', 'str'], // periodOf(paper, 'month'): `2022-04`; '' when undated
      ['primary_cat', 'str'], // '' for none
      ['has_code', 'u8'],
      ['truncated', 'u8'],
      ['inferred', 'u8'],
      ['n_authors', 'u32'],
      ['rank_newest', 'u32'],
      ['rank_oldest', 'u32'],
      ['rank_title', 'u32'],
      ['folded', 'str'], // searchText(paper): what a text search looks in
      ['people', 'str'], // JSON: person ids in listed order
      ['record', 'str'], // JSON: the whole Paper
      ['cited', 'str'], // JSON: what the Citations view reads (cited-rows.ts); '' without counts
    ],
    order: ['idx'],
    shard: 'idx',
  },
  {
    name: 'authorships',
    columns: [
      ['paper', 'u32'],
      ['person', 'u32'],
      ['year', 'i32'],
      ['dated', 'u8'],
      ['primary_cat', 'str'],
    ],
    order: ['person', 'paper'],
    shard: 'paper',
  },
  {
    name: 'paper_terms',
    columns: [
      ['paper', 'u32'],
      ['term', 'u32'],
      ['in_title', 'u8'],
      ['surface', 'u32'],
      ['year', 'i32'],
      ['dated', 'u8'],
      ['w1', 'u32'], // a phrase's words (term ids); 0 for a single word
      ['w2', 'u32'],
    ],
    order: ['term', 'paper'],
    shard: 'paper',
  },
  {
    name: 'paper_categories',
    columns: [
      ['paper', 'u32'],
      ['category', 'str'], // '' for a paper without categories
      ['year', 'i32'],
      ['dated', 'u8'],
      ['period_month', 'str'],
    ],
    order: ['paper'],
    shard: 'paper',
  },
  {
    name: 'paper_groups',
    columns: [
      ['paper', 'u32'],
      ['kind', 'str'], // 'field' | 'venue' | 'keyword' | 'type'
      ['grp', 'str'], // '' for a paper without a value (one row, at pos 0, not listed)
      ['pos', 'u32'], // place among the paper's groups: 0 is its primary group
      ['listed', 'u8'], // 1 for a group the paper has, 0 for the stand-in of no value
      ['year', 'i32'],
      ['dated', 'u8'],
      ['period_month', 'str'],
    ],
    order: ['kind', 'paper'],
    shard: 'paper',
  },
  {
    name: 'paper_cited_years',
    columns: [
      ['paper', 'u32'],
      ['year', 'i32'], // a year with a per-year citation count above 0
    ],
    order: ['year', 'paper'],
    shard: 'paper',
  },
  {
    name: 'people',
    columns: [
      ['code', 'u32'], // position in the people index: papers (descending), then name
      ['id', 'str'],
      ['name', 'str'],
      ['forms', 'str'], // JSON
      ['papers', 'u32'],
      ['is_owner', 'u8'],
      ['name_rank', 'u32'], // position by name (collated), then id
    ],
    order: ['code'],
    shard: 'code',
  },
  {
    name: 'terms',
    columns: [
      ['id', 'u32'], // from 1; 0 stands for "no word" in w1/w2
      ['key', 'str'],
    ],
    order: ['id'],
    shard: 'id',
  },
  {
    name: 'surfaces',
    columns: [
      ['id', 'u32'],
      ['text', 'str'],
    ],
    order: ['id'],
    shard: 'id',
  },
  {
    name: 'name_keys',
    columns: [
      ['key', 'str'], // `surname|given-parts`, as person-name.ts makes it
      ['surname', 'str'],
      ['id', 'str'],
      ['ambiguous', 'u8'],
      ['alias', 'u8'], // a key only the alias table names
    ],
    order: ['surname', 'key'],
    shard: 'key',
  },
  {
    name: 'meta',
    columns: [
      ['key', 'str'],
      ['value', 'str'],
      ['version', 'u32'],
    ],
    order: ['key'],
    shard: 'version',
  },
];

export const schemaOf = (name: TableName): TableSchema => TABLES.find((t) => t.name === name)!;

/** A row to load: values in the table's column order. */
export type Row = (number | string)[];

/** Rows per table, for one batch of papers. */
export type Batch = Partial<Record<TableName, Row[]>>;
