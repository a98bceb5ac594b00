/**
 * Walking the coauthor network with the keyboard, the same way whether it is drawn as SVG or on
 * a canvas: the network is one tab stop; ←/→ and ↑/↓ move through the people by papers (most
 * first, wrapping round), Home and End go to the first and the last, Enter or Space filters to
 * the person (with Shift, Ctrl or Cmd: adds them), Escape clears the network's filter and lets go.
 */
import { count, formatCount } from '../../text/count-words';

export type WalkAction =
  { kind: 'move'; id: string } | { kind: 'toggle'; id: string; additive: boolean } | { kind: 'clear' };

type Key = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey'>;

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** What a key does on the network, given the people in walking order and who is reached (null: nobody). */
export function walkKey(e: Key, order: readonly { id: string }[], current: string | null): WalkAction | null {
  if (!order.length) return null;
  const at = current === null ? -1 : order.findIndex((n) => n.id === current);
  const step = STEPS[e.key];
  if (step !== undefined)
    return { kind: 'move', id: order[at < 0 ? 0 : (at + step + order.length) % order.length].id };
  if (e.key === 'Home') return { kind: 'move', id: order[0].id };
  if (e.key === 'End') return { kind: 'move', id: order[order.length - 1].id };
  if ((e.key === 'Enter' || e.key === ' ') && at >= 0)
    return { kind: 'toggle', id: order[at].id, additive: e.shiftKey || e.ctrlKey || e.metaKey };
  if (e.key === 'Escape') return { kind: 'clear' };
  return null;
}

/** What is said when a person is reached: "Anna Scaife: 5 papers, 12 coauthors (2 of 29)". */
export function walkAnnouncement(
  person: { name: string; papers: number },
  coauthors: number,
  rank: number,
  total: number,
): string {
  return `${person.name}: ${count(person.papers, 'paper')}, ${count(coauthors, 'coauthor')} (${formatCount(rank)} of ${formatCount(total)})`;
}

/** The network's accessible name, for either drawing. */
export function walkLabel(people: number, drawing: 'svg' | 'canvas'): string {
  const what = drawing === 'canvas' ? ', drawn as a picture' : '';
  return `Coauthor network of ${count(people, 'person', 'people')}${what}: arrow keys walk through the people by papers, Home and End go to the first and last, Enter filters to the person, Shift+Enter adds them, Escape clears; the Table button lists them all`;
}
