/**
 * The network's keyboard walk, shared by the SVG and the canvas drawing: arrows step through the
 * people by papers and wrap, Home/End jump, Enter filters (Shift adds), Escape clears; what is
 * announced names the person, their papers and coauthors.
 */
import { describe, expect, it } from 'vitest';
import { walkAnnouncement, walkKey, walkLabel } from '../../../src/lib/components/network/network-keys';

const order = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
const key = (k: string, mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('walking the network', () => {
  it('arrows step by papers and wrap; the first press reaches the first person', () => {
    expect(walkKey(key('ArrowRight'), order, null)).toEqual({ kind: 'move', id: 'a' });
    expect(walkKey(key('ArrowRight'), order, 'a')).toEqual({ kind: 'move', id: 'b' });
    expect(walkKey(key('ArrowDown'), order, 'c')).toEqual({ kind: 'move', id: 'a' });
    expect(walkKey(key('ArrowLeft'), order, 'a')).toEqual({ kind: 'move', id: 'c' });
    expect(walkKey(key('ArrowUp'), order, 'b')).toEqual({ kind: 'move', id: 'a' });
  });

  it('Home and End jump; Enter filters, Shift+Enter adds; Escape clears; other keys do nothing', () => {
    expect(walkKey(key('Home'), order, 'c')).toEqual({ kind: 'move', id: 'a' });
    expect(walkKey(key('End'), order, null)).toEqual({ kind: 'move', id: 'c' });
    expect(walkKey(key('Enter'), order, 'b')).toEqual({ kind: 'toggle', id: 'b', additive: false });
    expect(walkKey(key(' ', { shiftKey: true }), order, 'b')).toEqual({
      kind: 'toggle',
      id: 'b',
      additive: true,
    });
    expect(walkKey(key('Enter'), order, null)).toBeNull();
    expect(walkKey(key('Escape'), order, 'b')).toEqual({ kind: 'clear' });
    expect(walkKey(key('Tab'), order, 'b')).toBeNull();
    expect(walkKey(key('ArrowRight'), [], null)).toBeNull();
  });

  it('announces the person, papers and coauthors, and names the keys', () => {
    expect(walkAnnouncement({ name: 'Anna Scaife', papers: 5 }, 12, 2, 29)).toBe(
      'Anna Scaife: 5 papers, 12 coauthors (2 of 29)',
    );
    expect(walkAnnouncement({ name: 'Solo', papers: 1 }, 1, 1, 1)).toBe('Solo: 1 paper, 1 coauthor (1 of 1)');
    expect(walkLabel(1500, 'canvas')).toMatch(
      /^Coauthor network of 1,500 people, drawn as a picture: arrow keys/,
    );
  });
});
