import { describe, expect, it } from 'vitest';
import { makePaper } from '../../../src/lib/data/paper';
import { pickMatch, type FoundRecord } from '../../../src/lib/online/title-match';

const paper = makePaper({
  title: 'Scaling Laws for Galaxy Images',
  year: 2024,
  authors: ['Mike Walmsley', 'Micah Bowles', 'Anna M. M. Scaife'],
  authorsTruncated: true,
  source: { file: 'f' },
});
const found = (
  title: string,
  year = 2024,
  authors = ['Mike Walmsley', 'Micah Bowles', 'Anna Scaife', 'Jo Bovy'],
): FoundRecord => ({
  title,
  year,
  authors,
  from: 'https://openalex.org/W1',
});

describe('strict title match', () => {
  it('accepts the same title up to case, accents, punctuation and spacing', () => {
    expect(pickMatch(paper, [found('SCALING LAWS  for galaxy-images.')])).toHaveProperty('match');
  });

  it.each([
    'Scaling Laws for Galaxy Image',
    'Scaling Laws for Galaxy Images II',
    'Scaling Law for Galaxy Images',
    'Neural Scaling Laws for Galaxy Images',
  ])('refuses the near miss “%s”', (title) => {
    expect(pickMatch(paper, [found(title)])).toEqual({
      reason: `no work with exactly this title (nearest: “${title}”)`,
    });
  });

  it('refuses the same title years away, or without an author we know', () => {
    expect(pickMatch(paper, [found('Scaling Laws for Galaxy Images', 2019)])).toEqual({
      reason: 'same title, but from 2019, not 2024',
    });
    expect(
      pickMatch(paper, [
        found('Scaling Laws for Galaxy Images', 2024, ['Mike Walmsley', 'Micah Bowles', 'Jo Bovy']),
      ]),
    ).toEqual({
      reason: 'same title, but the record does not list Anna M. M. Scaife',
    });
    expect(pickMatch(paper, [found('Scaling Laws for Galaxy Images', 2025, ['Mike Walmsley'])])).toEqual({
      reason: 'the record lists 1 authors, fewer than the 3 known',
    });
  });

  it('takes the exact match behind a near miss', () => {
    const picked = pickMatch(paper, [
      found('Scaling Laws for Galaxy Images II'),
      { ...found('Scaling Laws for Galaxy Images', 2025), from: 'X' },
    ]);
    expect(picked).toEqual({ match: expect.objectContaining({ from: 'X' }) });
  });
});
