import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../src/lib/data/bibtex';
import { openCollection } from '../../../src/lib/source/page/open-collection';
import { PageSource } from '../../../src/lib/source/page/page-source';
import { decodeClauses, encodeClauses } from '../../../src/lib/state/clause-codec';
import { categoriesClause } from '../../../src/lib/state/clauses';
import { addressOf, readGroup, unknownParameters } from '../../../src/lib/state/url-state';
import { bundledProfile } from '../../helpers/collections';
import { realText } from '../../helpers/real-fixtures';

const profile = { name: null, metrics: [], asOf: '2026-11-26', declaredPapers: null, mainCategory: null };
const { papers } = parseBibtex(realText('ads_export_bibtex_24_mixed_doctypes.bib'), {
  file: 'ads.bib',
  asOf: '2026-11-26',
});
const ads = new PageSource(openCollection({ papers, profile, source: 'ads.bib' }));
const bundled = new PageSource(openCollection({ ...bundledProfile(), source: 'profile-walmsley.txt' }));
const decode = (query: string, source = ads) => decodeClauses(new URLSearchParams(query), source);

describe('group clauses in the address', () => {
  it('keeps old cat= addresses as they were, both ways', async () => {
    const { clauses, notices } = await decode('cat=astro-ph.ga,cs.CV', bundled);
    expect(notices).toEqual([]);
    expect(clauses[0].value).toEqual({ kind: 'category', ids: ['astro-ph.GA', 'cs.CV'] });
    expect(clauses[0].label).toBe('astro-ph.GA, cs.CV');
    expect(encodeClauses(clauses).toString()).toBe('cat=astro-ph.GA%2Ccs.CV');
  });

  it('round-trips a group of each kind, a venue with a comma and the "no value" group', async () => {
    const venue = papers.find((p) => p.venue.includes(','))!.venue;
    const cases = [
      categoriesClause(['article', 'book'], 'type'),
      categoriesClause([venue, ''], 'venue'),
      categoriesClause(['', 'hep-th'], 'category'),
      categoriesClause(['Physics'], 'keyword'),
    ];
    for (const clause of cases) {
      const query = encodeClauses([clause]).toString();
      const { clauses, notices } = await decode(query);
      expect(notices).toEqual([]);
      expect(clauses).toEqual([clause]);
    }
    expect(encodeClauses([cases[1]]).getAll('venue')).toEqual([venue, '(none)']);
  });

  it('names the kind on the chip and the "no value" group in words', () => {
    const c = categoriesClause(['', 'article'], 'type');
    expect(c.label).toBe('Type: No type, Journal article');
    expect(c.description).toBe('Type: No type; Journal article');
  });

  it('ignores with a notice what the collection lacks, and a second kind at once', async () => {
    const types = await decode('type=sonnet&type=book');
    expect(types.clauses.map((c) => c.value)).toEqual([{ kind: 'type', ids: ['book'] }]);
    expect(types.notices).toEqual(['Ignored type “sonnet”: not in this collection.']);
    const two = await decode('type=book&venue=arxiv%20e-prints');
    expect(two.clauses.map((c) => c.value)).toEqual([{ kind: 'venue', ids: ['arXiv e-prints'] }]);
    expect(two.notices).toEqual(['Ignored “type=”: the address filters by one kind of group at a time.']);
  });

  it('reads and writes the grouping as group=, unknown kinds with a notice', () => {
    const notices: string[] = [];
    expect(readGroup(new URLSearchParams('group=venue'), notices)).toBe('venue');
    expect(readGroup(new URLSearchParams('group=colour'), notices)).toBeNull();
    expect(readGroup(new URLSearchParams(''), notices)).toBeNull();
    expect(notices).toEqual(['Ignored “group=colour”: use one of category, field, venue, keyword, type.']);
    expect(unknownParameters(new URLSearchParams('group=venue&venue=x&field=y&keyword=z&type=book'))).toEqual(
      [],
    );
    const filters = encodeClauses([categoriesClause(['book'], 'type')]);
    expect(addressOf(new URLSearchParams('embed=timeline'), filters, null, 'type')).toBe(
      'embed=timeline&group=type&type=book',
    );
  });
});
