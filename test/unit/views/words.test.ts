/**
 * Words that stay true (issue 18, item 6) in the views' summaries: 0, 1 and many, one year not
 * written as a span, and a network that draws fewer links than there are saying both numbers.
 */
import { describe, expect, it } from 'vitest';
import { makePaper } from '../../../src/lib/data/paper';
import type { GraphAnswer, TopGraphAnswer } from '../../../src/lib/source/questions';
import { undatedNote } from '../../../src/lib/model/undated';
import { codeAvailabilitySummary } from '../../../src/lib/views/code-availability';
import {
  drawnGraph,
  networkGraphQuestion,
  networkSummary,
  topGraphQuestion,
} from '../../../src/lib/views/network';
import { timelineSummary } from '../../../src/lib/views/timeline';
import { generatedPapers, pageSourceOf } from '../../helpers/collections';

const one = makePaper({
  title: 'A paper alone',
  date: '2023',
  authors: ['Jane Doe', 'John Roe'],
  categories: ['cs.LG'],
  source: { file: 'one.bib', line: 1 },
});

async function networkText(papers: Parameters<typeof pageSourceOf>[0], top?: number) {
  const { source } = pageSourceOf(papers);
  const t = (await source.ask(topGraphQuestion(top))) as TopGraphAnswer;
  const placed = new Set(t.nodes.map((n) => n.id));
  const graph = (await source.ask(networkGraphQuestion([], [...placed]))) as GraphAnswer;
  return {
    top: t,
    graph,
    text: networkSummary({
      drawn: drawnGraph(graph, t, placed),
      graph,
      top: t,
      people: source.info.people,
      asOf: null,
    }),
  };
}

describe('words at 0, 1 and many', () => {
  it('one paper: "1 paper in 2023", "2 people and 1 coauthor link in 1 paper"', async () => {
    const year = new Map([[2023, 1]]);
    const span = { first: 2023, last: 2023 };
    expect(
      timelineSummary({ papers: 1, span, yearCounts: year, range: { from: 2023, to: 2023 }, note: '' }),
    ).toBe('1 paper in 2023; most in 2023 (1); selected 2023.');
    expect((await networkText([one])).text).toBe('2 people and 1 coauthor link in 1 paper.');
    expect(
      codeAvailabilitySummary(
        { years: [{ year: 2023, papers: 1, withCode: 0 }], papers: 1, withCode: 0 },
        [],
      ),
    ).toBe('Code linked for 0 of 1 paper (0%).');
  });

  it('many: spans as "from … to …", and counts with thousands separators', () => {
    const span = { first: 2019, last: 2026 };
    expect(
      timelineSummary({ papers: 1869, span, yearCounts: new Map([[2020, 1200]]), range: null, note: '' }),
    ).toBe('1,869 papers from 2019 to 2026; most in 2020 (1,200).');
  });

  it('undated papers: none, one, many', () => {
    expect(undatedNote(0, 'the timeline')).toBe('');
    expect(undatedNote(1, 'the timeline')).toBe('1 paper without a date is not on the timeline.');
    expect(undatedNote(1234, 'the timeline')).toBe('1,234 papers without a date are not on the timeline.');
  });

  it('a network that draws its top people says how many people and links there are in all', async () => {
    const { top, graph, text } = await networkText(generatedPapers(400, 3), 40);
    expect(top.pairs).toBe(graph.pairs);
    expect(graph.people).toBeGreaterThan(top.nodes.length);
    expect(text).toMatch(
      new RegExp(
        `^40 of ${graph.people.toLocaleString('en')} people and \\d[\\d,]* of ${graph.pairs.toLocaleString('en')} coauthor links drawn in 400 papers\\.`,
      ),
    );
  });
});
