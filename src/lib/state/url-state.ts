/**
 * The address's parameters other than filters: the theme, and those that choose how the page is
 * shown or what it loads (kept as they are). Filters are the clause codec's (clause-codec.ts).
 * Reading never throws: what cannot be used becomes a notice.
 */
import type { Theme } from '../export/theme-colors';
import { GROUP_KINDS, type GroupKind } from '../model/group-kinds';
import { FILTER_PARAMETERS } from './clause-codec';

export type { Theme };

/** Parameters the app reads elsewhere (mode switches, data sources); kept as they are, not filters. */
export const MODE_PARAMETERS: ReadonlySet<string> = new Set<string>(['data', 'embed', 'present', 'slide']);

/** The theme the address asks for (null: the system's), with a notice when it names none. */
export function readTheme(params: URLSearchParams, notices: string[]): Theme | null {
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') return theme;
  if (theme !== null) notices.push(`Ignored “theme=${theme}”: use light or dark.`);
  return null;
}

/** What the category views group by (`group=venue`); null: the collection's default. */
export function readGroup(params: URLSearchParams, notices: string[]): GroupKind | null {
  const group = params.get('group');
  if (group === null) return null;
  if ((GROUP_KINDS as readonly string[]).includes(group)) return group as GroupKind;
  notices.push(`Ignored “group=${group}”: use one of ${GROUP_KINDS.join(', ')}.`);
  return null;
}

/** Notices for parameters nothing reads. */
export function unknownParameters(params: URLSearchParams): string[] {
  const known = new Set([...FILTER_PARAMETERS, 'theme', 'group', ...MODE_PARAMETERS]);
  return [...new Set(params.keys())]
    .filter((name) => !known.has(name))
    .map((name) => `Ignored unknown URL parameter “${name}”.`);
}

/** The mode parameters of `params`, then the grouping, `filters` and the theme: the address to write. */
export function addressOf(
  params: URLSearchParams,
  filters: URLSearchParams,
  theme: Theme | null,
  group: GroupKind | null = null,
): string {
  const out = new URLSearchParams();
  for (const [k, v] of params) if (MODE_PARAMETERS.has(k)) out.append(k, v);
  if (group) out.set('group', group);
  for (const [k, v] of filters) out.append(k, v);
  if (theme) out.set('theme', theme);
  return out.toString();
}
