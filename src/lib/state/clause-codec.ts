/**
 * Clauses as the URL and the command line write them: one table, one entry per clause source,
 * used in both directions. Decoding resolves what the user wrote (a category in any case, a person in any
 * written form, a term in any form, a community by number) through the data source, so it works
 * the same whatever holds the collection; what cannot be resolved is ignored with a notice.
 */
import { NO_GROUP, NO_GROUP_TEXT } from '../model/group-info';
import type { GroupKind } from '../model/group-kinds';
import type { SourceId } from '../source/filter';
import { SOURCE_ORDER } from '../source/filter';
import type { DataSource, LookupAnswer, LookupQuestion } from '../source/questions';
import {
  categoriesClause,
  citedPapersClause,
  citedYearsClause,
  codeClause,
  communityClause,
  peopleClause,
  searchClause,
  termsClause,
  yearsClause,
  type Clause,
} from './clauses';
import { clauseOfFound } from './clause-of-found';

/** A URL parameter's values, repeated or comma-separated (`cat=a,b&cat=c`). */
export function listParam(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/** What a source's parameters ask for, before the collection is consulted. */
type Request = Omit<LookupQuestion, 'kind' | 'papers'> & {
  papers: string[];
  from?: number;
  to?: number;
  q?: string;
  code?: boolean;
  /** `cat=(none)`: the papers without a category. */
  noCategory?: boolean;
  cited?: { from: number; to: number };
};

/** The parameter of each group kind's clause: `cat` as old addresses have it, then one per kind. */
export const GROUP_PARAMETERS: Readonly<Record<GroupKind, string>> = {
  category: 'cat',
  field: 'field',
  venue: 'venue',
  keyword: 'keyword',
  type: 'type',
};

const OTHER_GROUP_KINDS = ['field', 'venue', 'keyword', 'type'] as const;

interface Codec<S extends SourceId> {
  /** The URL parameters (and CLI options) this source reads and writes. */
  params: readonly string[];
  /** Adds this source's values of `params` to the request; notices for what is malformed. */
  read(params: URLSearchParams, request: Request, notices: string[]): void;
  /** The clause the resolved request asks for, if any. */
  clause(
    request: Request,
    found: LookupAnswer,
    span: { first: number; last: number } | null,
    notices: string[],
  ): Clause<S> | null;
  write(clause: Clause<S>, params: URLSearchParams): void;
}

const YEAR = /^\d{4}$/;
/** `2021` or `2019-2021` (a hyphen or an en dash). */
const YEARS = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/;
const unknownAuthor = (text: string) => `Ignored author “${text}”: nobody of that name in this collection.`;
const unknownTerm = (text: string) => `Ignored term “${text}”: no paper mentions it.`;

const CODECS: { [S in SourceId]: Codec<S> } = {
  timeline: {
    params: ['from', 'to'],
    read(params, request, notices) {
      for (const key of ['from', 'to'] as const) {
        const raw = params.get(key)?.trim();
        if (!raw) continue;
        if (YEAR.test(raw)) request[key] = Number(raw);
        else notices.push(`Ignored “${key}=${params.get(key)}”: expected a four-digit year.`);
      }
    },
    clause(r, _found, span) {
      if (r.from === undefined && r.to === undefined) return null;
      const from = r.from ?? Math.min(span?.first ?? r.to!, r.to!);
      const to = r.to ?? Math.max(span?.last ?? r.from!, r.from!);
      return yearsClause({ from, to });
    },
    write(c, params) {
      params.set('from', String(c.value.from));
      params.set('to', String(c.value.to));
    },
  },
  categories: {
    params: Object.values(GROUP_PARAMETERS),
    read(params, r, notices) {
      const cats = listParam(params, 'cat');
      r.categories.push(...cats.filter((t) => t !== NO_GROUP_TEXT));
      r.noCategory = cats.includes(NO_GROUP_TEXT);
      // Venues and keywords may hold commas: these parameters repeat instead.
      for (const kind of OTHER_GROUP_KINDS) {
        const name = GROUP_PARAMETERS[kind];
        const texts = params.getAll(name).filter((t) => t.trim());
        if (!texts.length) continue;
        if (cats.length || r.groups)
          notices.push(`Ignored “${name}=”: the address filters by one kind of group at a time.`);
        else r.groups = { kind, texts };
      }
    },
    clause(r, found, _span, notices) {
      const ids: string[] = r.noCategory ? [NO_GROUP] : [];
      const kind = r.groups?.kind ?? 'category';
      const texts = r.groups?.texts ?? r.categories;
      const resolved = r.groups ? (found.groups ?? []) : found.categories;
      texts.forEach((text, i) => {
        const id = resolved[i] ?? null;
        const what = kind === 'category' ? 'category' : kind;
        if (id === null) notices.push(`Ignored ${what} “${text}”: not in this collection.`);
        else if (!ids.includes(id)) ids.push(id);
      });
      return ids.length ? categoriesClause(ids, kind) : null;
    },
    write(c, params) {
      const { kind, ids } = c.value;
      const texts = ids.map((id) => (id === NO_GROUP ? NO_GROUP_TEXT : id));
      if (kind === 'category') params.set('cat', texts.join(','));
      else for (const t of texts) params.append(GROUP_PARAMETERS[kind], t);
    },
  },
  network: {
    params: ['author'],
    read: (params, r) => void r.people.push(...listParam(params, 'author')),
    clause: (r, found, _span, notices) =>
      clauseOfFound(r.people, found.people, (p) => [p.id, p.name], peopleClause, unknownAuthor, notices),
    write: (c, params) => {
      for (const name of c.names ?? c.value) params.append('author', name);
    },
  },
  community: {
    params: ['community'],
    read(params, r, notices) {
      const raw = params.get('community')?.trim();
      if (!raw) return;
      if (/^\d+$/.test(raw) && Number(raw) >= 1) r.communities.push(Number(raw) - 1);
      else
        notices.push(`Ignored “community=${params.get('community')}”: no coauthor community of that number.`);
    },
    clause(r, found, _span, notices) {
      const c = found.communities[0];
      if (r.communities.length === 0) return null;
      if (!c) {
        notices.push(`Ignored “community=${r.communities[0] + 1}”: no coauthor community of that number.`);
        return null;
      }
      return communityClause(c.index, c.label);
    },
    write: (c, params) => params.set('community', String(c.value + 1)),
  },
  term: {
    params: ['term'],
    read: (params, r) => void r.terms.push(...listParam(params, 'term')),
    clause: (r, found, _span, notices) =>
      clauseOfFound(r.terms, found.terms, (t) => [t.key, t.surface], termsClause, unknownTerm, notices),
    write: (c, params) => params.set('term', c.value.join(',')),
  },
  search: {
    params: ['q'],
    read(params, r) {
      const q = params.get('q')?.trim();
      if (q) r.q = q;
    },
    clause: (r) => (r.q ? searchClause(r.q) : null),
    write: (c, params) => params.set('q', c.value),
  },
  code: {
    params: ['code'],
    read(params, r, notices) {
      const raw = params.get('code');
      if (raw === '1' || raw === 'true') r.code = true;
      else if (raw !== null && raw !== '0' && raw !== 'false')
        notices.push(`Ignored “code=${raw}”: use code=1.`);
    },
    clause: (r) => (r.code ? codeClause() : null),
    write: (_c, params) => params.set('code', '1'),
  },
  cited: {
    params: ['cited', 'cited-paper'],
    read(params, r, notices) {
      r.papers.push(
        ...params
          .getAll('cited-paper')
          .map((v) => v.trim())
          .filter(Boolean),
      );
      const raw = params.get('cited')?.trim();
      if (!raw) return;
      const m = YEARS.exec(raw);
      if (!m) notices.push(`Ignored “cited=${raw}”: expected a year or two (2021, 2019-2021).`);
      else if (r.papers.length) notices.push(`Ignored “cited=${raw}”: papers are chosen by cited-paper.`);
      else r.cited = { from: Number(m[1]), to: Number(m[2] ?? m[1]) };
    },
    clause(r, found, _span, notices) {
      if (r.cited) return citedYearsClause(r.cited);
      const papers: { id: string; title: string }[] = [];
      r.papers.forEach((text, i) => {
        const paper = found.papers[i];
        if (!paper) notices.push(`Ignored paper “${text}”: not in this collection.`);
        else if (!papers.some((p) => p.id === paper.id)) papers.push(paper);
      });
      return papers.length
        ? citedPapersClause(
            papers.map((p) => p.id),
            papers.map((p) => p.title),
          )
        : null;
    },
    write(c, params) {
      const v = c.value;
      if (v.kind === 'years') params.set('cited', v.from === v.to ? String(v.from) : `${v.from}-${v.to}`);
      else for (const id of v.ids) params.append('cited-paper', id);
    },
  },
};

/** Every parameter a clause source reads. */
export const FILTER_PARAMETERS: readonly string[] = SOURCE_ORDER.flatMap((s) => CODECS[s].params);

/** The clauses a query string (or the CLI's options as one) asks for, resolved by `source`. */
export async function decodeClauses(
  params: URLSearchParams,
  source: DataSource,
): Promise<{ clauses: Clause[]; notices: string[] }> {
  const notices: string[] = [];
  const request: Request = { categories: [], people: [], terms: [], communities: [], papers: [] };
  for (const s of SOURCE_ORDER) CODECS[s].read(params, request, notices);
  const needed =
    request.categories.length +
    request.people.length +
    request.terms.length +
    request.communities.length +
    (request.groups?.texts.length ?? 0) +
    request.papers.length;
  const found: LookupAnswer = needed
    ? await source.ask({ kind: 'lookup', ...request })
    : { categories: [], people: [], terms: [], communities: [], papers: [] };
  const clauses: Clause[] = [];
  for (const s of SOURCE_ORDER) {
    const clause = (CODECS[s] as Codec<SourceId>).clause(request, found, source.info.span, notices);
    if (clause) clauses.push(clause);
  }
  return { clauses, notices };
}

/** The clauses as URL parameters, in source order. */
export function encodeClauses(clauses: readonly Clause[], params = new URLSearchParams()): URLSearchParams {
  for (const s of SOURCE_ORDER) {
    const clause = clauses.find((c) => c.source === s);
    if (clause) (CODECS[s] as Codec<SourceId>).write(clause, params);
  }
  return params;
}
