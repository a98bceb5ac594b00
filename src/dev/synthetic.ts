/**
 * Seeded synthetic collections for benchmarks and tests. The same options give the same papers.
 *
 *   fields ─► people per field, grouped in labs ─► papers: field → year (growing) → authors
 *   (1–8, Zipf; a few large collaborations) drawn mostly from one lab → categories with cross-lists
 *
 * Papers here are bare facts (`SyntheticPaper`); `synthetic-record.ts` dresses them as arXiv
 * snapshot lines, from a second random stream so the facts do not depend on the prose.
 */
import { randomLcg } from 'd3-random';
import { Distribution, integer, logInteger, pick, zipf, type Random } from './synthetic-draw';
import { FIELDS, GIVEN, PARTICLE_SURNAMES, SURNAMES } from './synthetic-vocab';

export const FIRST_YEAR = 1995;
export const LAST_YEAR = 2025;

export interface SyntheticPerson {
  given: string;
  /** A middle initial ("A.") or ''. */
  middle: string;
  surname: string;
  /** "Given M. Surname". */
  display: string;
  field: number;
}

export interface SyntheticPaper {
  index: number;
  field: number;
  year: number;
  month: number;
  day: number;
  /** Primary first, then cross-lists. */
  categories: string[];
  /** Indexes into `people`, in author order. */
  authors: number[];
  hasCode: boolean;
}

export interface SyntheticOptions {
  papers: number;
  seed?: number;
  /** Share of papers written by a large collaboration (default 0.004). */
  collaborationRate?: number;
  /** People per paper in the whole collection (default 0.12: 10^6 papers, about 10^5 people). */
  peoplePerPaper?: number;
}

export interface SyntheticCollection {
  people: SyntheticPerson[];
  /** Yields the papers in order; each call starts again from the seed. */
  papers(): Generator<SyntheticPaper>;
}

const AUTHOR_COUNT = zipf(8, 0.7);
const LAB_SIZE = 24;

/** Builds the people of a collection; papers are drawn lazily so 10^6 of them need no big array. */
export function createSynthetic(options: SyntheticOptions): SyntheticCollection {
  const { papers: count, seed = 1, collaborationRate = 0.004, peoplePerPaper = 0.12 } = options;
  const random = randomLcg(seed);
  const totalWeight = FIELDS.reduce((s, f) => s + f.weight, 0);
  const people: SyntheticPerson[] = [];
  const taken = new Set<string>();
  const pools = FIELDS.map((field, f) => {
    const size = Math.max(12, Math.round((count * peoplePerPaper * field.weight) / totalWeight));
    const start = people.length;
    for (let i = 0; i < size; i++) people.push(newPerson(random, f, taken));
    const labs = Math.max(1, Math.ceil(size / LAB_SIZE));
    const collaborations = [0, 1].map(() => {
      const n = Math.min(size, logInteger(random, 20, 150));
      const first = integer(random, 0, size - n);
      return Array.from({ length: n }, (_, i) => start + first + i);
    });
    return { start, size, labs: zipf(labs, 0.6), collaborations };
  });
  const fieldOf = new Distribution(FIELDS.map((f) => f.weight));
  const yearOf = FIELDS.map(
    (f) => new Distribution(Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => f.growth ** i)),
  );
  const inLab = zipf(LAB_SIZE, 1);

  function* papers(): Generator<SyntheticPaper> {
    const r = randomLcg(seed + 0x9e37);
    for (let index = 0; index < count; index++) {
      const f = fieldOf.draw(r);
      const pool = pools[f];
      const year = FIRST_YEAR + yearOf[f].draw(r);
      // A person of a lab, by Zipf rank within it: a few people write most of a lab's papers.
      const member = (lab: number) => pool.start + Math.min(pool.size - 1, lab * LAB_SIZE + inLab.draw(r));
      let authors: number[];
      if (r() < collaborationRate) {
        const members = pick(r, pool.collaborations);
        authors = members.filter(() => r() < 0.9);
        if (authors.length === 0) authors = [members[0]];
      } else {
        const n = AUTHOR_COUNT.draw(r) + 1;
        const lab = pool.labs.draw(r);
        const seen = new Set<number>();
        for (let tries = 0; seen.size < n && tries < 4 * n; tries++) {
          seen.add(member(r() < 0.8 ? lab : pool.labs.draw(r)));
        }
        authors = [...seen];
      }
      const field = FIELDS[f];
      const categories = [field.category];
      const extra = r() < 0.35 ? (r() < 0.35 ? 2 : 1) : 0;
      for (let i = 0; i < extra; i++) {
        const c = pick(r, field.crossLists);
        if (!categories.includes(c)) categories.push(c);
      }
      const codeShare = field.category.startsWith('cs.') ? 0.45 : 0.2;
      const hasCode = r() < Math.max(0.01, (codeShare * (year - 2005)) / 20);
      yield {
        index,
        field: f,
        year,
        month: integer(r, 1, 12),
        day: integer(r, 1, 28),
        categories,
        authors,
        hasCode,
      };
    }
  }
  return { people, papers };
}

/** A person with a name not yet taken, so two people never share a written name. */
function newPerson(random: Random, field: number, taken: Set<string>): SyntheticPerson {
  const initial = () => `${String.fromCharCode(65 + integer(random, 0, 25))}.`;
  for (let tries = 0; ; tries++) {
    const given = pick(random, GIVEN);
    // Two initials once single ones run short: a huge collection still ends.
    const middle = tries > 20 ? `${initial()} ${initial()}` : random() < 0.4 ? initial() : '';
    const surname =
      random() < 0.03 ? pick(random, PARTICLE_SURNAMES).replace(/_/g, ' ') : pick(random, SURNAMES);
    const display = [given, middle, surname].filter(Boolean).join(' ');
    if (taken.has(display)) continue;
    taken.add(display);
    return { given, middle, surname, display, field };
  }
}
