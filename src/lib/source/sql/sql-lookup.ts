/**
 * Names as a user writes them, resolved against the stored collection as the page resolves them:
 * categories in any case (or an old arXiv name), people by name merging's own rule over the stored
 * name keys, terms by their key and most used written form, communities by number, groups of
 * other kinds in any case (sql-group-lookup.ts).
 */
import type { Paper } from '../../data/paper';
import { canonicalCategory } from '../../data/arxiv-taxonomy';
import { nameCompatibility, resolveNear, type AliasTable } from '../../model/name-merge';
import { parsePersonName } from '../../model/person-name';
import { normaliseTerm } from '../../model/terms';
import type { CommunitiesAnswer, LookupAnswer, LookupQuestion } from '../questions';
import { TRUE } from './engine';
import type { SqlScope } from './scope';
import { lookupGroups } from './sql-group-lookup';
import { mostUsed, surfacesOf } from './term-rank';

export function communitiesAnswer(s: SqlScope): CommunitiesAnswer {
  return { list: s.stored.communities.list };
}

export async function lookupAnswer(s: SqlScope, q: LookupQuestion): Promise<LookupAnswer> {
  const cats = new Map(s.stored.categories.map((id) => [id.toLowerCase(), id]));
  const category = (text: string) =>
    cats.get(text.toLowerCase()) ?? cats.get((canonicalCategory(text) ?? '').toLowerCase()) ?? null;
  const list = s.stored.communities.list;
  const [people, terms, papers, groups] = await Promise.all([
    Promise.all(q.people.map((name) => lookupPerson(s, name, s.stored.aliases))),
    Promise.all(q.terms.map((text) => lookupTerm(s, text))),
    lookupPapers(s, q.papers ?? []),
    q.groups ? lookupGroups(s, q.groups.kind, q.groups.texts) : null,
  ]);
  return {
    categories: q.categories.map(category),
    people,
    terms,
    communities: q.communities.map((i) => {
      const c = list[i];
      return c ? { index: i, label: c.label, members: c.members.length } : null;
    }),
    ...(groups ? { groups } : {}),
    papers,
  };
}

/** Papers by id exactly as the collection has them, with their titles; null for an unknown id. */
async function lookupPapers(s: SqlScope, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await s.rows(
    `SELECT id, record FROM ${s.t('papers')} WHERE id IN (${ids.map(s.sql.literal).join(',')})`,
  );
  const found = new Map(
    rows.map(([id, record]) => [String(id), (JSON.parse(String(record)) as Paper).title]),
  );
  return ids.map((id) => (found.has(id) ? { id, title: found.get(id)! } : null));
}

async function lookupPerson(s: SqlScope, raw: string, aliases: AliasTable) {
  const name = parsePersonName(raw.replace(/\s+/g, ' ').trim());
  if (!name) return null;
  const K = s.t('name_keys');
  const exact = await s.rows(`SELECT id FROM ${K} WHERE key = ${s.sql.literal(name.key)}`);
  let id: string | undefined = exact.length ? String(exact[0][0]) : undefined;
  if (id === undefined) {
    const rows = await s.rows(
      `SELECT key, id, ambiguous FROM ${K} WHERE surname = ${s.sql.literal(name.surname)} AND alias = 0`,
    );
    const bucket = rows.map(([key, person, ambiguous]) => ({
      name: partsOfKey(String(key)),
      id: String(person),
      ambiguous: Number(ambiguous) === 1,
    }));
    id = resolveNear(name, bucket, nameCompatibility(aliases));
  }
  if (id === undefined) return null;
  const found = await s.rows(`SELECT name FROM ${s.t('people')} WHERE id = ${s.sql.literal(id)}`);
  return { id, name: found.length ? String(found[0][0]) : raw };
}

/** The parts of a stored key (`surname|given-parts`, see person-name.ts). */
function partsOfKey(key: string) {
  const bar = key.indexOf('|');
  const given = key.slice(bar + 1);
  return { key, surname: key.slice(0, bar), given: given ? given.split('-') : [] };
}

async function lookupTerm(s: SqlScope, text: string) {
  const key = normaliseTerm(text);
  if (key === null) return null;
  const [id] = await s.termIds([key]);
  if (id === null) return null;
  const forms = (await surfacesOf(s, TRUE, [id])).get(id);
  return forms?.size ? { key, surface: mostUsed(forms) } : null;
}
