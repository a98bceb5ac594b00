/**
 * Which gesture a change of the clauses belongs to: all new clauses marked with one gesture and
 * none removed; anything else is a change of its own (a history entry of its own).
 */
import { describe, expect, it } from 'vitest';
import { categoriesClause, yearsClause } from '../../../src/lib/state/clauses';
import { changeGesture, inGesture, newGesture } from '../../../src/lib/state/gesture';

describe('changeGesture', () => {
  it('names the gesture of a drag step, and none for an unmarked change', () => {
    const drag = newGesture();
    const first = inGesture(yearsClause({ from: 2020, to: 2021 }), drag);
    const second = inGesture(yearsClause({ from: 2020, to: 2022 }), drag);
    expect(changeGesture(new Set(), [first])).toBe(drag);
    expect(changeGesture(new Set([first]), [second])).toBe(drag);
    expect(changeGesture(new Set(), [yearsClause({ from: 2020, to: 2020 })])).toBeNull();
  });

  it('a cleared filter or clauses of two gestures are changes of their own', () => {
    const [a, b] = [newGesture(), newGesture()];
    expect(a).not.toBe(b);
    const year = inGesture(yearsClause({ from: 2020, to: 2021 }), a);
    const cat = categoriesClause(['cs.LG']);
    expect(changeGesture(new Set([year, cat]), [cat])).toBeNull();
    expect(changeGesture(new Set([cat]), [cat])).toBeNull();
    const other = inGesture(categoriesClause(['astro-ph.GA']), b);
    expect(changeGesture(new Set(), [year, other])).toBeNull();
    expect(inGesture(cat, null)).toBe(cat);
  });
});
