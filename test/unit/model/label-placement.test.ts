import { describe, expect, it } from 'vitest';
import {
  labelBox,
  labelWidth,
  placeLabels,
  type LabelCandidate,
} from '../../../src/lib/model/label-placement';

const at = (id: string, x: number, y: number, priority: number, label = id): LabelCandidate => ({
  id,
  x,
  y,
  r: 5,
  label,
  priority,
});
const options = { fontSize: 10, maxLabels: 10 };

describe('labelBox', () => {
  it('centres a one-line box under the node, 0.6 × font size per character wide', () => {
    expect(labelWidth('abcde', 10)).toBe(30);
    expect(labelBox(at('n', 100, 50, 1, 'abcde'), 10)).toEqual({ x0: 85, y0: 57, x1: 115, y1: 67 });
  });
});

describe('placeLabels', () => {
  it('places labels that do not touch', () => {
    expect(placeLabels([at('a', 0, 0, 1), at('b', 100, 0, 2)], options)).toEqual(['b', 'a']);
  });

  it('drops the lower-priority label of two that overlap', () => {
    const nodes = [at('small', 10, 0, 1, 'Small Name'), at('big', 0, 0, 9, 'Big Name'), at('far', 0, 80, 0)];
    expect(placeLabels(nodes, options)).toEqual(['big', 'far']);
  });

  it('checks overlap against placed labels only, so a dropped label blocks nothing', () => {
    // b overlaps a and c; a and c are clear of each other: a and c are both placed.
    const nodes = [at('a', 0, 0, 3, 'aaaa'), at('b', 20, 0, 2, 'bbbb'), at('c', 40, 0, 1, 'cccc')];
    expect(placeLabels(nodes, options)).toEqual(['a', 'c']);
  });

  it('stops at maxLabels and breaks priority ties by id', () => {
    const row = ['d', 'b', 'c', 'a'].map((id, i) => at(id, i * 100, 0, 1));
    expect(placeLabels(row, { fontSize: 10, maxLabels: 2 })).toEqual(['a', 'b']);
    expect(placeLabels(row, { fontSize: 10, maxLabels: 0 })).toEqual([]);
  });

  it('skips empty labels and accepts labels on separate rows', () => {
    const nodes = [at('a', 0, 0, 2), at('b', 0, 30, 1), at('c', 50, 50, 5, ' ')];
    expect(placeLabels(nodes, options)).toEqual(['a', 'b']);
  });

  it('does not modify its input', () => {
    const nodes = Object.freeze([at('a', 0, 0, 1), at('b', 5, 0, 2)]);
    const before = structuredClone(nodes);
    placeLabels(nodes, options);
    expect(nodes).toEqual(before);
  });
});
