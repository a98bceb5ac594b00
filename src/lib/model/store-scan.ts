/**
 * The general filter: one pass over the rows. Each row gets a bit per clause it fails; a row
 * failing no clause is selected, and a row failing only clause X still counts in view X (the
 * crossfilter rule), so one pass serves every view.
 */
import type { ColumnarStore } from './columnar-store';
import { HAS_CODE } from './columnar-store';
import type { FilterOptions, ResolvedQuery, StoreCounts } from './store-filter';
import { peopleRowMask, searchRowMask } from './store-masks';

const YEARS = 1;
const CATEGORIES = 2;
const PEOPLE = 4;
const CODE = 8;
const SEARCH = 16;

/** See `filterStore`. */
export function countByScan(store: ColumnarStore, q: ResolvedQuery, options: FilterOptions): StoreCounts {
  const {
    size,
    year,
    month,
    category,
    flags,
    paperIndex,
    peopleOffsets,
    peopleIds,
    firstYear,
    years: nY,
  } = store;
  const nC = store.categories.length;
  const timeline = new Uint32Array(nY * nC);
  const timelineMonths = options.months ? new Uint32Array(nY * 12 * nC) : null;
  const categories = new Uint32Array(nC);
  const people = options.people ? new Uint32Array(store.people.length) : null;
  const selected = options.indexes ? new Uint32Array(size) : null;
  const hasYears = q.years !== null;
  const [lo, hi] = q.years ?? [0, 0];
  const cats = q.categories;
  const byPeople = q.people ? peopleRowMask(store, q.people) : null;
  const stamp = byPeople ? byPeople.stamp : 0;
  const onPeople = byPeople ? byPeople.rows : null;
  const bySearch = q.search !== null ? searchRowMask(store, q.search) : null;
  const code = q.code;
  let count = 0;
  for (let r = 0; r < size; r++) {
    const y = year[r];
    let fail = 0;
    if (hasYears && (y < lo || y > hi)) fail = YEARS;
    const c = category[r];
    if (cats !== null && cats[c] === 0) fail |= CATEGORIES;
    if (onPeople !== null && onPeople[r] !== stamp) fail |= PEOPLE;
    if (code && (flags[r] & HAS_CODE) === 0) fail |= CODE;
    if (bySearch !== null && bySearch[r] === 0) fail |= SEARCH;
    // Failing two clauses or more: no view counts this row.
    if ((fail & (fail - 1)) !== 0) continue;
    if ((fail & ~YEARS) === 0 && y !== 0) {
      timeline[(y - firstYear) * nC + c]++;
      if (timelineMonths !== null) {
        const m = month[r] === 0 ? 0 : month[r] - 1;
        timelineMonths[((y - firstYear) * 12 + m) * nC + c]++;
      }
    }
    if ((fail & ~CATEGORIES) === 0) categories[c]++;
    if (people !== null && (fail & ~PEOPLE) === 0) {
      for (let j = peopleOffsets[r], end = peopleOffsets[r + 1]; j < end; j++) people[peopleIds[j]]++;
    }
    if (fail === 0) {
      if (selected !== null) selected[count] = paperIndex[r];
      count++;
    }
  }
  return {
    timeline,
    timelineMonths,
    categories,
    people,
    selectedCount: count,
    selected: selected ? selected.slice(0, count) : null,
    path: 'scan',
  };
}
