/**
 * Terms are counted case-folded and shown as written: GaN and GaAs keep their capitals (they were
 * shown as "gan", "gaas"), Title Case capitals are not spelling, and a title typed in capitals
 * throughout lends its words no capitals. Read from a hand-made CSV of such titles.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/data/csv';
import { countTerms, normaliseTerm } from '../../../src/lib/model/terms';
import { isShouted, wordToken } from '../../../src/lib/model/text-tokens';
import { TermDictionary } from '../../../src/lib/model/term-dictionary';
import { fixtureText } from '../../helpers/own-fixtures';

// One dictionary for the file's papers, as the text service holds one for its collection.
const dict = new TermDictionary();

const { papers } = parseCsv(fixtureText('csv/gan-gaas-titles.csv'), { file: 'gan-gaas-titles.csv' });
const terms = countTerms(dict, papers, { minPapers: 1 });
/** The display form of a term as someone would type it. */
const shown = (text: string) => terms.find((t) => t.key === normaliseTerm(text))?.term;

describe('the written form of a term', () => {
  it('reads the eight titles', () => {
    expect(papers.length).toBe(8);
  });

  it('counts GaN and GAN as one term, shown as GaN; GaAs likewise', () => {
    expect(normaliseTerm('GaN')).toBe('gan');
    const gan = terms.find((t) => t.key === 'gan')!;
    expect(gan.papers).toBe(5);
    expect(gan.term).toBe('GaN');
    expect(shown('GAAS')).toBe('GaAs');
  });

  it('keeps an acronym of an ordinary title (MOCVD) and lower-cases Title Case', () => {
    expect(shown('mocvd growth')).toBe('MOCVD growth');
    expect(shown('Radio Frequency')).toBe('radio frequency');
    expect(shown('frequency amplifier')).toBe('frequency amplifiers');
  });

  it('takes no display form from a title typed in capitals', () => {
    expect(isShouted('A REVIEW OF GAN AND GAAS DEVICES FOR RADIO FREQUENCY AMPLIFIERS')).toBe(true);
    expect(isShouted('SDSS DR7')).toBe(false);
    expect(isShouted('MOCVD Growth of GaAs on Germanium')).toBe(false);
    for (const t of terms) expect(t.term, t.key).not.toMatch(/REVIEW|DEVICES|AMPLIFIERS|RADIO|GAAS/);
    expect(shown('review')).toBe('review');
  });

  it('keeps capitals after the first letter of a word or of a hyphenated part', () => {
    expect(wordToken('LEDs')?.surface).toBe('LEDs');
    expect(wordToken('GaN-based')?.surface).toBe('GaN-based');
    expect(wordToken('X-ray')?.surface).toBe('x-ray');
    expect(wordToken('Galaxies')?.surface).toBe('galaxies');
  });
});
