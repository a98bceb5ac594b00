import { describe, expect, it } from 'vitest';
import { foldName, givenCompatible, parsePersonName } from '../../../src/lib/model/person-name';

const parts = (name: string) => {
  const p = parsePersonName(name)!;
  return [p.surname, ...p.given].join(' ');
};

describe('parsePersonName', () => {
  it('reads "Given Surname" and "Surname, Given" alike', () => {
    expect(parts('Jane A. Doe')).toBe('doe jane a');
    expect(parts('Doe, Jane A.')).toBe('doe jane a');
    expect(parsePersonName('Doe, Jane A.')!.display).toBe('Jane A. Doe');
  });

  it('splits initials and hyphenated given names into parts', () => {
    expect(parts('J.-A. Doe')).toBe('doe j a');
    expect(parts('J.A. Doe')).toBe('doe j a');
    expect(parts('Jean-Pierre Martin')).toBe('martin jean pierre');
    expect(parts('JP Martin')).toBe('martin j p');
    expect(parts('JANE DOE')).toBe('doe jane');
  });

  it('keeps particles with the surname, in either order', () => {
    expect(parsePersonName('Johannes D. van der Waals')!.surname).toBe('vanderwaals');
    expect(parsePersonName('van der Waals, J. D.')!.surname).toBe('vanderwaals');
    expect(parsePersonName('Waals, J. D. van der')!.key).toBe('vanderwaals|j-d');
    expect(parsePersonName('Anna De Vries')!.key).toBe('devries|anna');
    // A leading "Al" is a given name, not a particle.
    expect(parsePersonName('Al Gore')!.key).toBe('gore|al');
  });

  it('folds accents, case and punctuation; drops suffixes', () => {
    expect(foldName('Răileanu')).toBe('raileanu');
    expect(foldName("O'Neill")).toBe('oneill');
    expect(foldName('Søren Łukasz')).toBe('sorenlukasz');
    expect(parsePersonName('Martin Luther King Jr.')!.key).toBe('king|martin-luther');
    expect(parsePersonName('Plato')!.key).toBe('plato|');
    expect(parsePersonName('  ')).toBeNull();
    expect(parsePersonName('—')).toBeNull();
  });

  it('counts given-name letters (how full a form is)', () => {
    expect(parsePersonName('Inigo Val Slijepcevic')!.letters).toBe(8);
    expect(parsePersonName('Inigo V. Slijepcevic')!.letters).toBe(6);
  });
});

describe('givenCompatible', () => {
  const g = (name: string) => parsePersonName(`${name} Doe`)!.given;
  const ok = (a: string, b: string) => givenCompatible(g(a), g(b)) && givenCompatible(g(b), g(a));

  it('accepts equal parts, initials and a missing middle part', () => {
    expect(ok('Jane A.', 'Jane')).toBe(true);
    expect(ok('Jane A.', 'J. A.')).toBe(true);
    expect(ok('Jane Anne', 'J. A.')).toBe(true);
    expect(ok('Jane', 'J. A.')).toBe(true);
    expect(ok('Jane B.', 'Jane A. B.')).toBe(true);
    expect(ok('Jean-Pierre', 'J.-P.')).toBe(true);
    expect(ok('Jean-Pierre', 'J. P.')).toBe(true);
    expect(ok('Inigo V.', 'Inigo Val')).toBe(true);
  });

  it('rejects different names and out-of-order parts', () => {
    expect(ok('Jane', 'John')).toBe(false);
    expect(ok('J.', 'A.')).toBe(false);
    expect(ok('Jane A.', 'Jane B.')).toBe(false);
    expect(ok('Jane A. B.', 'Jane B. A.')).toBe(false);
    expect(ok('Anne', 'Jane Anne')).toBe(false);
  });

  it('lets a surname alone agree with anything', () => {
    expect(givenCompatible([], g('Jane'))).toBe(true);
  });
});
