import { describe, expect, it } from 'vitest';
import { memoByList } from '../../../src/lib/model/memo-by-list';

describe('memoByList', () => {
  it('answers again from memory for the same list and the same other arguments only', () => {
    let calls = 0;
    const sum = memoByList((list: number[], scale: { by: number }) => {
      calls++;
      return list.reduce((a, b) => a + b, 0) * scale.by;
    });
    const [list, other] = [
      [1, 2, 3],
      [1, 2, 3],
    ];
    const [two, alsoTwo] = [{ by: 2 }, { by: 2 }];
    expect(sum(list, two)).toBe(12);
    expect(sum(list, two)).toBe(12);
    expect(calls).toBe(1);
    // Equal contents are not the same list or the same options: computed again.
    expect(sum(other, two)).toBe(12);
    expect(sum(list, alsoTwo)).toBe(12);
    expect(calls).toBe(3);
    // Each list keeps its own last answer.
    expect(sum(other, two)).toBe(12);
    expect(calls).toBe(3);
    expect(sum(list, two)).toBe(12);
    expect(calls).toBe(4);
  });
});
