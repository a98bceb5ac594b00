import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../../src/lib/data/paper';
import { parseBibtex } from '../../../src/lib/data/bibtex';
import { collaborationByYear } from '../../../src/lib/model/collaboration';
import { yearSpan } from '../../../src/lib/model/timeline';
import { openCollection } from '../../../src/lib/source/page/open-collection';
import { collaborationOf } from '../../../src/lib/source/page/page-collaboration';
import { realText } from '../../helpers/real-fixtures';

const { papers } = parseBibtex(realText('ads_export_bibtex_24_mixed_doctypes.bib'), {
  file: 'ads.bib',
  asOf: '2026-11-26',
});
const c = openCollection({ papers, profile: emptyProfile('2026-11-26'), source: 'ads.bib' });

describe('collaborationOf', () => {
  it('answers the whole collection from what it counted before (a cleared filter asks again)', () => {
    const first = collaborationOf(c, c.papers);
    expect(first.years).toEqual(collaborationByYear(c.papers, c.people, yearSpan(c.papers)!));
    expect(first.years.some((y) => y.coauthors > 0)).toBe(true);
    collaborationOf(c, c.papers.slice(3));
    expect(collaborationOf(c, c.papers).years).toBe(first.years);
  });
});
