/**
 * Builds a ColumnarStore in three passes: read every paper once into raw codes, sort the
 * dictionaries, then counting-sort the rows by (month, category) and fill columns, CSR and cubes.
 */
import type { Paper } from '../data/paper';
import { AUTHORS_TRUNCATED, HAS_CODE, type ColumnarStore, type StoreInput } from './store-shape';
import { peopleOfPaper } from './coauthor-graph';
import type { PeopleIndex } from './name-merge';
import { exactPeopleResolver } from './store-people';
import { GrowableU32 } from './store-growable';

/** See `storeFromPapers`. */
export function buildStore(papers: readonly StoreInput[], index?: PeopleIndex | null): ColumnarStore {
  const n = papers.length;
  const catFirst = new Map<string, number>();
  const rawCat = new Uint32Array(n);
  const rawYear = new Uint16Array(n);
  const month = new Uint8Array(n);
  const rawPeople = new GrowableU32(n * 4);
  const rawOffsets = new Uint32Array(n + 1);
  const exact = index === undefined ? exactPeopleResolver() : null;
  const personFirst = new Map<string, number>();
  const personName: string[] = [];
  let y0 = 65535;
  let y1 = 0;
  for (let i = 0; i < n; i++) {
    const p = papers[i];
    if (p.year !== null) {
      rawYear[i] = p.year;
      if (p.year < y0) y0 = p.year;
      if (p.year > y1) y1 = p.year;
    }
    const d = p.date;
    if (d !== null && d.length >= 7) month[i] = (d.charCodeAt(5) - 48) * 10 + d.charCodeAt(6) - 48;
    const cat = p.categories.length > 0 ? p.categories[0] : '';
    let c = catFirst.get(cat);
    if (c === undefined) catFirst.set(cat, (c = catFirst.size));
    rawCat[i] = c;
    if (exact) for (const k of exact.codesOf(p.authors)) rawPeople.push(k);
    else if (index) {
      for (const id of peopleOfPaper(p as Paper, index!)) {
        let k = personFirst.get(id);
        if (k === undefined) {
          personFirst.set(id, (k = personFirst.size));
          personName.push(index!.byId.get(id)?.name ?? id);
        }
        rawPeople.push(k);
      }
    }
    rawOffsets[i + 1] = rawPeople.length;
  }
  const years = y1 >= y0 ? y1 - y0 + 1 : 0;
  const firstYear = years ? y0 : 0;
  const categories = sortedDictionary(catFirst);
  // The exact resolver numbers people itself, in first-seen order like personFirst.
  if (exact) exact.ids.forEach((id, k) => personFirst.set(id, k));
  const people = sortedDictionary(personFirst);
  const names = exact ? exact.names : personName;
  const nC = categories.codes.length;

  // Counting sort of rows by cell = (month row, category); stable, so ties keep input order.
  const noYearRow = years * 12;
  const cellOf = new Uint32Array(n);
  const cellStart = new Uint32Array((noYearRow + 1) * nC + 1);
  for (let i = 0; i < n; i++) {
    const row = rawYear[i] ? (rawYear[i] - firstYear) * 12 + Math.max(month[i], 1) - 1 : noYearRow;
    const cell = row * nC + categories.remap[rawCat[i]];
    cellOf[i] = cell;
    cellStart[cell + 1]++;
  }
  for (let c = 1; c < cellStart.length; c++) cellStart[c] += cellStart[c - 1];
  const monthCube = new Uint32Array(cellStart.length - 1);
  for (let c = 0; c < monthCube.length; c++) monthCube[c] = cellStart[c + 1] - cellStart[c];
  const next = cellStart.slice(0, -1);
  const paperIndex = new Uint32Array(n);
  for (let i = 0; i < n; i++) paperIndex[next[cellOf[i]]++] = i;

  const store = {
    size: n,
    firstYear,
    years,
    categories: categories.values,
    people: people.values,
    personNames: people.codes.map((k) => names[k]),
    paperIndex,
    year: new Uint16Array(n),
    month: new Uint8Array(n),
    category: new Uint16Array(n),
    flags: new Uint8Array(n),
    peopleOffsets: new Uint32Array(n + 1),
    peopleIds: new Uint32Array(rawPeople.length),
    personOffsets: new Uint32Array(people.values.length + 1),
    personRows: new Uint32Array(rawPeople.length),
    monthCube,
    yearCube: yearCubeOf(monthCube, years, nC),
    cellStart,
  } satisfies ColumnarStore;
  let at = 0;
  for (let r = 0; r < n; r++) {
    const i = paperIndex[r];
    const p = papers[i];
    store.year[r] = rawYear[i];
    store.month[r] = month[i];
    store.category[r] = categories.remap[rawCat[i]];
    store.flags[r] = (p.hasCode ? HAS_CODE : 0) | (p.authorsTruncated ? AUTHORS_TRUNCATED : 0);
    for (let j = rawOffsets[i]; j < rawOffsets[i + 1]; j++) {
      const k = people.remap[rawPeople.data[j]];
      store.peopleIds[at++] = k;
      store.personOffsets[k + 1]++;
    }
    store.peopleOffsets[r + 1] = at;
  }
  fillPersonRows(store);
  return store;
}

/** Sorted values, and `remap[firstSeenCode]` → sorted code; `codes[sortedCode]` → first-seen code. */
function sortedDictionary(first: Map<string, number>) {
  const values = [...first.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const remap = new Uint32Array(values.length);
  const codes = values.map((v, sorted) => {
    const k = first.get(v)!;
    remap[k] = sorted;
    return k;
  });
  return { values, remap, codes };
}

function yearCubeOf(monthCube: Uint32Array, years: number, nC: number): Uint32Array {
  const cube = new Uint32Array((years + 1) * nC);
  for (let m = 0; m <= years * 12; m++) {
    const y = Math.min(Math.floor(m / 12), years);
    for (let c = 0; c < nC; c++) cube[y * nC + c] += monthCube[m * nC + c];
  }
  return cube;
}

/** Person → rows (ascending, as rows are visited in order), from the per-person counts. */
function fillPersonRows(store: ColumnarStore): void {
  const { personOffsets, personRows, peopleOffsets, peopleIds, size } = store;
  for (let k = 1; k < personOffsets.length; k++) personOffsets[k] += personOffsets[k - 1];
  const next = personOffsets.slice(0, -1);
  for (let r = 0; r < size; r++) {
    for (let j = peopleOffsets[r]; j < peopleOffsets[r + 1]; j++) personRows[next[peopleIds[j]]++] = r;
  }
}
