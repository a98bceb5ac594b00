/**
 * A piece of papers' titles and abstracts as the text feed sends them: one string holding them
 * all and their lengths, rather than an object and two strings per paper. Copying a message to a
 * worker costs per value more than per character, and the feed's copies were about 300 ms of a
 * 10^5-line read on the reading thread (docs/performance.md).
 */
import type { TextRecord } from './text-service';

export interface PackedTexts {
  /** Each paper's title then abstract, end to end. */
  text: string;
  /** Per paper, its title's length then its abstract's. */
  lengths: Uint32Array;
  /** Per paper, its year, or NO_YEAR. */
  years: Int32Array;
}

const NO_YEAR = -0x80000000;

type Texts = Pick<TextRecord, 'title' | 'abstract' | 'year'>;

/** `papers[from, to)` packed. */
export function packTexts(papers: readonly Texts[], from: number, to: number): PackedTexts {
  const parts: string[] = [];
  const lengths = new Uint32Array(2 * (to - from));
  const years = new Int32Array(to - from);
  for (let i = from, k = 0; i < to; i++, k++) {
    const { title, abstract, year } = papers[i];
    parts.push(title, abstract);
    lengths[2 * k] = title.length;
    lengths[2 * k + 1] = abstract.length;
    years[k] = year ?? NO_YEAR;
  }
  return { text: parts.join(''), lengths, years };
}

/** The papers of a packed piece, as records of the text service (no authors or venue). */
export function unpackTexts({ text, lengths, years }: PackedTexts): TextRecord[] {
  const out: TextRecord[] = [];
  for (let k = 0, at = 0; k < years.length; k++) {
    const title = text.slice(at, (at += lengths[2 * k]));
    const abstract = text.slice(at, (at += lengths[2 * k + 1]));
    out.push({ title, abstract, year: years[k] === NO_YEAR ? null : years[k], authors: [], venue: '' });
  }
  return out;
}
