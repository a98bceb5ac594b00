/**
 * Questions from outside, checked before any SQL is written: the kind is one of the seam's, every
 * field has its type and range, lists and texts are bounded, and a clean copy holding only the
 * known fields is what goes on. Anything else is refused with a reason a person can read.
 */
import { GROUP_KINDS, type GroupKind } from '../../model/group-kinds';
import { SOURCE_ORDER, type Filter, type FilterClause } from '../filter';
import type { Question, QuestionKind } from '../questions';

export class QuestionError extends Error {}

/** Result sizes a client may ask for. */
export const LIMITS = {
  rows: 1000,
  top: 5000,
  only: 5000,
  names: 200,
  text: 1000,
  year: 100_000,
  terms: 500,
} as const;

const KINDS: readonly QuestionKind[] = [
  'counts',
  'code',
  'collaboration',
  'top-graph',
  'graph',
  'communities',
  'papers',
  'abstract',
  'highlights',
  'summary',
  'terms',
  'records',
  'lookup',
  'citations',
];

type Raw = Record<string, unknown>;

function fail(message: string): never {
  throw new QuestionError(message);
}

function object(v: unknown, what: string): Raw {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(`${what} must be an object.`);
  return v as Raw;
}

function integer(v: unknown, what: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max)
    fail(`${what} must be an integer from ${min} to ${max}.`);
  return v;
}

function text(v: unknown, what: string, max: number = LIMITS.text): string {
  if (typeof v !== 'string') fail(`${what} must be a text.`);
  if (v.length > max) fail(`${what} is longer than ${max} characters.`);
  if (v.includes('\0')) fail(`${what} holds a NUL character.`);
  return v;
}

function texts(v: unknown, what: string, max: number): string[] {
  if (!Array.isArray(v)) fail(`${what} must be a list.`);
  if (v.length > max) fail(`${what} has more than ${max} entries.`);
  return v.map((x, i) => text(x, `${what}[${i}]`));
}

function oneOf<T extends string>(v: unknown, what: string, allowed: readonly T[]): T {
  if (!allowed.includes(v as T)) fail(`${what} must be one of ${allowed.join(', ')}.`);
  return v as T;
}

function clause(v: unknown, i: number): FilterClause {
  const c = object(v, `filter[${i}]`);
  const source = oneOf(c.source, `filter[${i}].source`, SOURCE_ORDER);
  const what = `filter[${i}].value`;
  switch (source) {
    case 'timeline':
      return { source, value: yearRange(object(c.value, what), what) };
    case 'categories': {
      const g = object(c.value, what);
      return {
        source,
        value: { kind: groupKind(g.kind, `${what}.kind`), ids: texts(g.ids, `${what}.ids`, LIMITS.names) },
      };
    }
    case 'network':
      return { source, value: texts(c.value, what, LIMITS.names) };
    case 'community':
      return { source, value: integer(c.value, what, 0, 1_000_000) };
    case 'term':
      return { source, value: texts(c.value, what, LIMITS.names) };
    case 'search':
      return { source, value: text(c.value, what) };
    case 'code':
      if (c.value !== true) fail(`${what} must be true.`);
      return { source, value: true };
    case 'cited': {
      const v = object(c.value, what);
      const kind = oneOf(v.kind, `${what}.kind`, ['years', 'papers'] as const);
      return {
        source,
        value:
          kind === 'years'
            ? { kind, ...yearRange(v, what) }
            : { kind, ids: texts(v.ids, `${what}.ids`, LIMITS.names) },
      };
    }
  }
}

/** `from` and `to` of a clause's value: integer years within the bounds any year may have. */
function yearRange(r: Raw, what: string): { from: number; to: number } {
  const year = (x: unknown, n: string) => integer(x, `${what}.${n}`, -LIMITS.year, LIMITS.year);
  return { from: year(r.from, 'from'), to: year(r.to, 'to') };
}

/** A "Group by" kind: every kind the page groups by is answered here too (paper_groups). */
function groupKind(v: unknown, what: string): GroupKind {
  return oneOf(v, what, GROUP_KINDS);
}

/** The `group` of a question: absent stays absent (the page reads it as 'category'). */
function optionalGroup(v: unknown): { group?: GroupKind } {
  return v === undefined ? {} : { group: groupKind(v, 'group') };
}

/** Groups to look up: of another kind than category (categories have their own list). */
function lookupGroups(v: unknown): { kind: GroupKind; texts: string[] } {
  const g = object(v, 'groups');
  const kind = groupKind(g.kind, 'groups.kind');
  if (kind === 'category') fail('groups.kind: categories are looked up in `categories`.');
  return { kind, texts: texts(g.texts, 'groups.texts', LIMITS.names) };
}

export function validFilter(v: unknown): Filter {
  if (!Array.isArray(v)) fail('filter must be a list of clauses.');
  if (v.length > SOURCE_ORDER.length) fail('filter has more clauses than sources.');
  const clauses = v.map(clause);
  if (new Set(clauses.map((c) => c.source)).size !== clauses.length)
    fail('filter has two clauses of one source.');
  return clauses.sort((a, b) => SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source));
}

/** The question in `v`, checked and copied; throws QuestionError with the reason otherwise. */
export function validQuestion(v: unknown): Question {
  const q = object(v, 'The question');
  const kind = oneOf(q.kind, 'kind', KINDS);
  const filter = () => validFilter(q.filter);
  switch (kind) {
    case 'counts':
      return {
        kind,
        filter: filter(),
        period: oneOf(q.period, 'period', ['year', 'month'] as const),
        categories: oneOf(q.categories, 'categories', ['primary', 'listed'] as const),
        ...optionalGroup(q.group),
      };
    case 'summary':
      return { kind, filter: filter(), ...optionalGroup(q.group) };
    case 'code':
    case 'collaboration':
    case 'highlights':
    case 'records':
      return { kind, filter: filter() };
    case 'top-graph':
      return {
        kind,
        top: integer(q.top, 'top', 0, LIMITS.top),
        minPapers: integer(q.minPapers, 'minPapers', 0, 1_000_000),
        ...optionalGroup(q.group),
      };
    case 'graph':
      return {
        kind,
        filter: filter(),
        only: q.only === null ? null : texts(q.only, 'only', LIMITS.only),
        ...optionalGroup(q.group),
      };
    case 'communities':
      return { kind };
    case 'papers':
      return {
        kind,
        filter: filter(),
        order: oneOf(q.order, 'order', ['newest', 'oldest', 'title'] as const),
        offset: integer(q.offset, 'offset', 0, 100_000_000),
        limit: integer(q.limit, 'limit', 0, LIMITS.rows),
      };
    case 'abstract':
      return { kind, index: integer(q.index, 'index', 0, 2 ** 32 - 1) };
    case 'terms':
      return {
        kind,
        filter: filter(),
        selected: texts(q.selected, 'selected', LIMITS.names),
        limit: integer(q.limit, 'limit', 0, LIMITS.terms),
      };
    case 'citations':
      return { kind, filter: filter(), top: integer(q.top, 'top', 0, LIMITS.top), ...optionalGroup(q.group) };
    case 'lookup':
      return {
        kind,
        categories: texts(q.categories, 'categories', LIMITS.names),
        people: texts(q.people, 'people', LIMITS.names),
        terms: texts(q.terms, 'terms', LIMITS.names),
        communities: (Array.isArray(q.communities) ? q.communities : fail('communities must be a list.')).map(
          (c, i) => integer(c, `communities[${i}]`, 0, 1_000_000),
        ),
        papers: q.papers === undefined ? [] : texts(q.papers, 'papers', LIMITS.names),
        ...(q.groups === undefined ? {} : { groups: lookupGroups(q.groups) }),
      };
  }
}
