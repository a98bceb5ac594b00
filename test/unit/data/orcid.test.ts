import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeOrcid, parseOrcid } from '../../../src/lib/data/orcid';
import { growthExponent } from '../helpers/time-ratio';
import { realText } from '../../helpers/real-fixtures';
import { assertNeverThrowsOnTextOrJson } from '../../helpers/never-throws';

const real = realText;
const parse = (text: string) => parseOrcid(text, { file: 'works.json', asOf: '2026-11-30' });

/** A v3 work summary as the API writes it, with only the parts the parser reads. */
function summary(p: {
  title: string;
  year?: string;
  month?: string;
  doi?: string;
  journal?: string;
  modified?: number;
}) {
  return {
    'last-modified-date': { value: p.modified ?? 1 },
    title: { title: { value: p.title }, subtitle: null },
    'external-ids': {
      'external-id': p.doi
        ? [{ 'external-id-type': 'doi', 'external-id-value': p.doi, 'external-id-relationship': 'self' }]
        : [],
    },
    'publication-date': p.year
      ? { year: { value: p.year }, month: p.month ? { value: p.month } : null, day: null }
      : null,
    'journal-title': p.journal ? { value: p.journal } : null,
    url: null,
  };
}

describe('ORCID v3 /works (0000-0003-1444-9135, 111 groups)', () => {
  const text = real('orcid_v3_works_0000-0003-1444-9135.json');
  const r = parse(text);

  it('reads 111 groups into 97 works: groups sharing a DOI are one work', () => {
    expect(r.format).toBe('orcid');
    expect(r.records).toBe(111);
    expect(r.papers).toHaveLength(97);
    expect(new Set(r.papers.map((p) => p.id)).size).toBe(97);
    const merged = r.problems.filter((p) => p.action === 'repaired');
    expect(merged).toHaveLength(14);
    expect(merged[0]).toEqual({
      file: 'works.json',
      record: 98,
      message: 'The same DOI as work 55 (10.6084/m9.figshare.94030); merged into it.',
      action: 'repaired',
      code: 'same-paper',
    });
  });

  it('notes once that summaries have no authors, and leaves the profile unknown', () => {
    expect(r.papers.every((p) => p.authors.length === 0)).toBe(true);
    expect(r.problems.filter((p) => p.action === 'noted')).toEqual([
      {
        file: 'works.json',
        record: 1,
        message: 'ORCID work summaries list no authors; the papers are kept without them.',
        action: 'noted',
      },
    ]);
    expect(r.profile).toBeUndefined();
  });

  it('reads title, day date, DOI and journal title', () => {
    expect(r.papers[0]).toMatchObject({
      id: 'doi:10.3897/biss.2.25589',
      title: 'Phylogeny Based Biodiversity Data Queries',
      date: '2018-05-21',
      precision: 'day',
      venue: 'Biodiversity Information Science and Standards',
      source: { file: 'works.json', record: 1 },
    });
  });

  it('reads partial dates at their precision', () => {
    const counts = { day: 0, month: 0, year: 0, none: 0 };
    for (const p of r.papers) counts[p.precision ?? 'none']++;
    expect(counts).toEqual({ day: 6, month: 5, year: 86, none: 0 });
  });

  it('merges duplicate summaries: the richer one leads, the others fill gaps', () => {
    // Person-entered (month, no journal) + Scopus (year only, journal): month and journal kept.
    const ants = r.papers.find((p) => p.links.doi === '10.1890/07-1139.1')!;
    expect(ants).toMatchObject({ date: '2008-05', venue: 'Ecology' });
    expect(ants.title).toBe(
      'Density-mediated, context-dependent consumer resource interactions between ants and extrafloral nectar plants',
    );
    // Two Crossref sources, equally rich: the later-modified one wins.
    const tree = r.papers.find((p) => p.links.doi === '10.1111/1365-2745.12293')!;
    expect(tree).toMatchObject({ date: '2014-09', venue: 'Journal of Ecology' });
  });

  it('is recognised', () => {
    expect(looksLikeOrcid(text)).toBe(true);
    expect(looksLikeOrcid('{"authorId": "1"}')).toBe(false);
  });
});

describe('ORCID, other shapes', () => {
  it('reads a record with the person name as the profile', () => {
    const record = {
      person: { name: { 'given-names': { value: 'Scott' }, 'family-name': { value: 'Chamberlain' } } },
      'activities-summary': {
        works: { group: [{ 'work-summary': [summary({ title: 'T', year: '2020' })] }] },
      },
    };
    const r = parse(JSON.stringify(record));
    expect(r.profile?.name).toBe('Scott Chamberlain');
    expect(r.papers.map((p) => [p.title, p.date])).toEqual([['T', '2020']]);
  });

  it('reads contributors and arXiv ids of full works in a bulk response', () => {
    const work = {
      ...summary({ title: 'Full', year: '2019', month: '3' }),
      'put-code': 7,
      'external-ids': {
        'external-id': [{ 'external-id-type': 'arxiv', 'external-id-value': 'arXiv:1903.00001' }],
      },
      contributors: { contributor: [{ 'credit-name': { value: 'Ann  Lee' } }, { 'credit-name': null }] },
    };
    const r = parse(JSON.stringify({ bulk: [{ work }, { error: { 'developer-message': 'nope' } }] }));
    expect(r.papers[0]).toMatchObject({ id: 'arxiv:1903.00001', date: '2019-03', authors: ['Ann Lee'] });
    expect(r.problems).toEqual([
      {
        file: 'works.json',
        record: 2,
        message: 'The work has no title; skipped.',
        action: 'skipped',
        code: 'no-title',
      },
    ]);
  });

  it('prefers a mixed-case title to one in capitals and notes a missing date', () => {
    const group = {
      'work-summary': [summary({ title: 'A LOUD TITLE' }), summary({ title: 'A loud title' })],
    };
    const r = parse(JSON.stringify({ group: [group] }));
    expect(r.papers[0].title).toBe('A loud title');
    expect(r.problems[0]).toMatchObject({ record: 1, action: 'noted' });
    expect(r.problems[0].message).toMatch(/no publication date/);
  });

  it('ignores part-of identifiers and invalid date parts', () => {
    const s = summary({ title: 'Chapter', year: '2001', month: '13' });
    s['external-ids']['external-id'] = [
      { 'external-id-type': 'doi', 'external-id-value': '10.1/book', 'external-id-relationship': 'part-of' },
    ];
    const r = parse(JSON.stringify({ group: [{ 'work-summary': [s] }] }));
    expect(r.papers[0]).toMatchObject({ date: '2001', links: {} });
  });

  it('refuses broken JSON and other shapes', () => {
    expect(parse('{"group": [').problems[0]).toMatchObject({ action: 'refused' });
    expect(parse('[]').problems[0].message).toMatch(/Not an ORCID response/);
  });
});

describe('ORCID, robustness', () => {
  it('never throws on arbitrary text or JSON', () => {
    assertNeverThrowsOnTextOrJson(parse);
    const ws = fc.record({
      title: fc.oneof(fc.jsonValue(), fc.record({ title: fc.record({ value: fc.jsonValue() }) })),
      'publication-date': fc.oneof(fc.jsonValue(), fc.record({ year: fc.record({ value: fc.jsonValue() }) })),
      'external-ids': fc.jsonValue(),
      url: fc.oneof(fc.jsonValue(), fc.record({ value: fc.string() })),
    });
    const doc = fc.record({ group: fc.array(fc.record({ 'work-summary': fc.array(ws) })) });
    fc.assert(
      fc.property(doc, (d) => void parse(JSON.stringify(d))),
      { numRuns: 300 },
    );
  });

  it('takes time roughly linear in the input on adversarial shapes', () => {
    const group = (i: number) => ({ 'work-summary': [summary({ title: `t${i}`, doi: `10.1/${i % 50}` })] });
    const shapes: ((n: number) => string)[] = [
      (n) => '{"group":'.repeat(n) + '[]' + '}'.repeat(n),
      (n) => JSON.stringify({ group: Array.from({ length: n / 50 }, (_, i) => group(i)) }),
      (n) =>
        JSON.stringify({
          group: [{ 'work-summary': Array.from({ length: n / 50 }, (_, i) => summary({ title: `${i}` })) }],
        }),
    ];
    shapes.forEach((shape, i) =>
      expect(growthExponent(parse, shape, 40_000), `shape ${i}`).toBeLessThan(1.7),
    );
  });
});
