/**
 * The user's alias edits (which name forms are one person, which must never merge), kept in the
 * browser so they survive a reload, on top of the bundled data/aliases.json.
 */
import type { AliasTable } from '../model/name-merge';

const KEY = 'research-trends-dashboard:aliases';

function isTable(v: unknown): v is AliasTable {
  const groups = (g: unknown) =>
    Array.isArray(g) && g.every((x) => Array.isArray(x) && x.every((s) => typeof s === 'string'));
  return (
    typeof v === 'object' &&
    v !== null &&
    groups((v as AliasTable).same) &&
    groups((v as AliasTable).different)
  );
}

/** The stored edits, or null when there are none (or they cannot be read). */
export function loadAliasEdits(): AliasTable | null {
  try {
    const raw = localStorage.getItem(KEY);
    const value: unknown = raw ? JSON.parse(raw) : null;
    return isTable(value) ? value : null;
  } catch {
    return null;
  }
}

/** Stores the edits; returns a message when the browser refuses (quota, private mode). */
export function saveAliasEdits(table: AliasTable): string | null {
  try {
    localStorage.setItem(KEY, JSON.stringify(table));
    return null;
  } catch (e) {
    return `Alias edits could not be kept for the next visit (${(e as Error).name ?? e}).`;
  }
}

/** Adds a pair to one side of the table, removing the same pair from the other side. */
export function addAlias(table: AliasTable, kind: 'same' | 'different', a: string, b: string): AliasTable {
  const pair = [a.trim(), b.trim()];
  const other = kind === 'same' ? 'different' : 'same';
  const isPair = (g: string[]) => g.length === 2 && g.includes(pair[0]) && g.includes(pair[1]);
  return {
    ...table,
    [other]: table[other].filter((g) => !isPair(g)),
    [kind]: [...table[kind].filter((g) => !isPair(g)), pair],
  };
}

export function removeAlias(table: AliasTable, kind: 'same' | 'different', index: number): AliasTable {
  return { ...table, [kind]: table[kind].filter((_, i) => i !== index) };
}
