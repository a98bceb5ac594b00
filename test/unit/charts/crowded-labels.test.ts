/**
 * Number labels that would overlap at large collections' spans: the terms heat map drops its
 * cell numbers when a cell is narrower than its largest number, the code view labels only the
 * years on its axis when bars are narrower than "100%". Few years keep every label.
 */
import type * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { codeAvailabilitySpec } from '../../../src/lib/views/code-availability-spec';
import { termNumbersFit, termsSpec } from '../../../src/lib/views/terms-spec';
import type { CodeYear } from '../../../src/lib/views/code-availability-spec';
import type { TermCell } from '../../../src/lib/model/term-trends';

/** The data of the spec's text mark (the labels drawn). */
const labels = (spec: Plot.PlotOptions) => {
  const marks = (spec.marks ?? []) as { data?: unknown; ariaLabel?: string }[];
  const text = marks.filter((m) => (m as object).constructor.name === 'Text');
  expect(text).toHaveLength(1);
  return [...((text[0].data as Iterable<unknown>) ?? [])];
};

const span = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);
const rows = [
  { key: 'galaxy', term: 'galaxy' },
  { key: 'dark matter', term: 'dark matter' },
];
const cellsOf = (years: number[], papers: number): TermCell[] =>
  rows.flatMap((r) =>
    years.map((year) => ({ key: r.key, term: r.term, year, papers, total: papers * 2, share: 0.5 })),
  );
const codeRows = (years: number[], papers: number): CodeYear[] =>
  years.map((year) => ({ year, papers, withCode: 1, share: 1 / papers }));

describe('crowded number labels', () => {
  it('terms: every number on eight years, none on 31 years of four-digit counts', () => {
    const few = span(2019, 2026);
    const fewCells = cellsOf(few, 4);
    expect(termNumbersFit({ cells: fewCells, rows, years: few, width: 640 })).toBe(true);
    expect(
      labels(termsSpec({ cells: fewCells, rows, years: few, selected: new Set(), width: 640 })),
    ).toHaveLength(16);

    const many = span(1995, 2025);
    const manyCells = cellsOf(many, 1234);
    expect(termNumbersFit({ cells: manyCells, rows, years: many, width: 640 })).toBe(false);
    expect(
      labels(termsSpec({ cells: manyCells, rows, years: many, selected: new Set(), width: 640 })),
    ).toEqual([]);
    // A slide is wide enough for them again.
    expect(termNumbersFit({ cells: manyCells, rows, years: many, width: 1920 })).toBe(true);
  });

  it('code shares: every year on eight years, the axis years only on 31', () => {
    const few = span(2019, 2026);
    expect(labels(codeAvailabilitySpec({ rows: codeRows(few, 4), width: 480, height: 240 }))).toHaveLength(8);
    const many = span(1995, 2025);
    const shown = labels(
      codeAvailabilitySpec({ rows: codeRows(many, 40), width: 480, height: 240 }),
    ) as CodeYear[];
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.length).toBeLessThan(many.length / 2);
    // Spaced as the axis ticks are, so neighbouring labels do not touch.
    const gap = shown[1].year - shown[0].year;
    expect(gap * (480 / many.length)).toBeGreaterThanOrEqual(30);
  });
});
