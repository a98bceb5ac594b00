import { describe, expect, it } from 'vitest';
import {
  count,
  drawnOf,
  formatCount,
  noun,
  yearSpanText,
  yearsPhrase,
} from '../../../src/lib/text/count-words';

describe('words that stay true for 0, 1 and many', () => {
  it('counts with the noun in the right number', () => {
    expect([count(0, 'paper'), count(1, 'paper'), count(2, 'paper')]).toEqual([
      '0 papers',
      '1 paper',
      '2 papers',
    ]);
    expect([count(1, 'person', 'people'), count(498, 'person', 'people')]).toEqual([
      '1 person',
      '498 people',
    ]);
    expect(count(32541, 'link')).toBe('32,541 links');
    expect([noun(1, 'category', 'categories'), noun(0, 'category', 'categories')]).toEqual([
      'category',
      'categories',
    ]);
    expect(formatCount(1869)).toBe('1,869');
  });

  it('says a one-year span once', () => {
    expect(yearSpanText(2023, 2023)).toBe('2023');
    expect(yearSpanText(2019, 2026)).toBe('2019–2026');
    expect(yearSpanText(null, null)).toBe('');
    expect(yearsPhrase(2023, 2023)).toBe('in 2023');
    expect(yearsPhrase(2019, 2026)).toBe('from 2019 to 2026');
    expect(`${count(1, 'paper')} ${yearsPhrase(2023, 2023)}`).toBe('1 paper in 2023');
  });

  it('says how many of how many are drawn, and only the total when all are', () => {
    expect(drawnOf(1869, 32541, 'link')).toBe('1,869 of 32,541 links drawn');
    expect(drawnOf(56, 56, 'link')).toBe('56 links');
    expect(drawnOf(1, 1, 'person', 'people')).toBe('1 person');
    expect(drawnOf(0, 1, 'link')).toBe('0 of 1 link drawn');
  });
});
