/**
 * A burst that runs through years without papers (Kleinberg's automaton stays in the burst
 * state for free there) is outlined only over the years that have papers: the terms heat map
 * never frames an empty column.
 */
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { termsSpec } from '../../../src/lib/views/terms-spec';
import { makePaper } from '../../../src/lib/data/paper';
import { termBursts, termYearCells } from '../../../src/lib/model/term-trends';
import { countTerms } from '../../../src/lib/model/terms';
import { TermDictionary } from '../../../src/lib/model/term-dictionary';
import { yearSpan } from '../../../src/lib/model/timeline';

// One dictionary for the file's papers, as the text service holds one for its collection.
const dict = new TermDictionary();

// 2010–2013 and 2016–2019, nothing in 2014–2015; "transformer models" crowds 2013 and 2016.
const YEARS = [2010, 2011, 2012, 2013, 2016, 2017, 2018, 2019];
const papers = Array.from({ length: 400 }, (_, i) => {
  const year = YEARS[i % YEARS.length];
  const title = year === 2013 || year === 2016 ? 'Transformer models for galaxies' : 'Galaxies';
  return makePaper({ title, year, source: { file: 'synthetic' } });
});
const span = yearSpan(papers)!;
const years = Array.from({ length: span.last - span.first + 1 }, (_, i) => span.first + i);
const terms = countTerms(dict, papers, { limit: 5 });
const cells = termYearCells(dict, papers, terms, span);
const bursts = termBursts(dict, papers, terms, span);
const burst = bursts.find((b) => b.term === 'transformer models')!;

describe('burst outlines in the terms heat map', () => {
  it('the burst found runs through the empty years', () => {
    expect(burst).toMatchObject({ from: 2013, to: 2016 });
    expect(cells.filter((c) => c.year === 2014 || c.year === 2015).every((c) => c.total === 0)).toBe(true);
  });

  it('outlines 2013 and 2016 only', () => {
    const doc = new JSDOM('').window.document;
    const rows = terms.map((t) => ({ key: t.key, term: t.term }));
    const plot = Plot.plot({
      ...termsSpec({ cells, rows, years, selected: new Set(), bursts, width: 640 }),
      document: doc,
    });
    const x = plot.scale('x')!;
    const yearAt = new Map(years.map((y) => [Math.round(x.apply!(y) as number), y]));
    const outlined = [...plot.querySelectorAll('rect[stroke="var(--focus)"]')].map((r) =>
      yearAt.get(Math.round(Number(r.getAttribute('x')))),
    );
    expect(outlined.sort()).toEqual([2013, 2016]);
  });
});
