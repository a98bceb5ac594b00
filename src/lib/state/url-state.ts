/**
 * The URL is a serialisation of the selection (and a few view settings), in both directions.
 * Decoding never throws: unknown or malformed parameters become notices and are ignored.
 */

import type { Theme } from '../export/theme-colors';

export type { Theme };

export interface UrlState {
  from: number | null;
  to: number | null;
  cat: string[];
  /** People as names (any form; resolved through name merging). */
  author: string[];
  q: string;
  code: boolean;
  /** Term keys, every one required (`term=galaxy,radio galaxy`). */
  term: string[];
  /** Coauthor community as numbered in the app, from 1. */
  community: number | null;
  theme: Theme | null;
}

export const EMPTY_URL_STATE: UrlState = {
  from: null,
  to: null,
  cat: [],
  author: [],
  q: '',
  code: false,
  term: [],
  community: null,
  theme: null,
};

export interface DecodeContext {
  /** The canonical id of a known category, or null. */
  category(id: string): string | null;
  /** True when a name resolves to a person in the collection. */
  person(name: string): boolean;
  /** The key of a term some paper mentions, or null; absent → every term is accepted as written. */
  term?(text: string): string | null;
  /** True when a community numbered so exists; absent → any number is accepted. */
  community?(n: number): boolean;
}

export interface Decoded {
  state: UrlState;
  notices: string[];
}

/** Parameters the app reads elsewhere (mode switches, data sources); kept as they are, not filters. */
export const MODE_PARAMETERS: ReadonlySet<string> = new Set<string>(['data', 'embed', 'present', 'slide']);

const YEAR = /^\d{4}$/;

/** A parameter's values, repeated or comma-separated (`cat=a,b&cat=c`). */
export function listParam(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Reads a query string into URL state, with a notice for everything it had to ignore. */
export function decodeUrlState(search: string, ctx: DecodeContext): Decoded {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const state: UrlState = { ...EMPTY_URL_STATE, cat: [], author: [], term: [] };
  const known = new Set(['from', 'to', 'cat', 'author', 'q', 'code', 'term', 'community', 'theme']);

  for (const name of new Set(params.keys())) {
    if (!known.has(name) && !MODE_PARAMETERS.has(name))
      notices.push(`Ignored unknown URL parameter “${name}”.`);
  }
  for (const key of ['from', 'to'] as const) {
    const raw = params.get(key);
    if (raw === null || raw === '') continue;
    if (YEAR.test(raw.trim())) state[key] = Number(raw.trim());
    else notices.push(`Ignored “${key}=${raw}”: expected a four-digit year.`);
  }
  for (const c of listParam(params, 'cat')) {
    const id = ctx.category(c);
    if (id) {
      if (!state.cat.includes(id)) state.cat.push(id);
    } else notices.push(`Ignored category “${c}”: not in this collection.`);
  }
  for (const a of listParam(params, 'author')) {
    if (ctx.person(a)) state.author.push(a);
    else notices.push(`Ignored author “${a}”: nobody of that name in this collection.`);
  }
  state.q = (params.get('q') ?? '').trim();
  const code = params.get('code');
  if (code === '1' || code === 'true') state.code = true;
  else if (code !== null && code !== '0' && code !== 'false')
    notices.push(`Ignored “code=${code}”: use code=1.`);
  decodeTrends(params, ctx, state, notices);
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') state.theme = theme;
  else if (theme !== null) notices.push(`Ignored “theme=${theme}”: use light or dark.`);
  return { state, notices };
}

/** Writes URL state as a query string (without "?"), in a fixed parameter order; empty values omitted. */
export function encodeUrlState(state: UrlState, keep: URLSearchParams = new URLSearchParams()): string {
  const params = new URLSearchParams();
  for (const [k, v] of keep) if (MODE_PARAMETERS.has(k)) params.append(k, v);
  if (state.from !== null) params.set('from', String(state.from));
  if (state.to !== null) params.set('to', String(state.to));
  if (state.cat.length) params.set('cat', state.cat.join(','));
  for (const a of state.author) params.append('author', a);
  if (state.q) params.set('q', state.q);
  if (state.code) params.set('code', '1');
  if (state.term.length) params.set('term', state.term.join(','));
  if (state.community !== null) params.set('community', String(state.community));
  if (state.theme) params.set('theme', state.theme);
  return params.toString();
}

function decodeTrends(params: URLSearchParams, ctx: DecodeContext, state: UrlState, notices: string[]): void {
  for (const t of listParam(params, 'term')) {
    const key = ctx.term ? ctx.term(t) : t.toLowerCase();
    if (key === null) notices.push(`Ignored term “${t}”: no paper mentions it.`);
    else if (!state.term.includes(key)) state.term.push(key);
  }
  const community = params.get('community');
  if (community === null || community === '') return;
  const n = Number(community.trim());
  if (/^\d+$/.test(community.trim()) && n >= 1 && (ctx.community?.(n) ?? true)) state.community = n;
  else notices.push(`Ignored “community=${community}”: no coauthor community of that number.`);
}
