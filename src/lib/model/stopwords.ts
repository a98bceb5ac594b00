/**
 * Words that never make a term: stopwords-iso's English list (via `stopwords-en`), less the few
 * words it drops that are content in science ("computer vision", "large language models"), plus
 * the boilerplate of abstracts ("we present a new method").
 */
import english from 'stopwords-en/stopwords-en.json';

/** General stopwords that name things in research texts; kept as terms. */
const KEEP = [
  'computer',
  'information',
  'text',
  'large',
  'small',
  'high',
  'low',
  'index',
  'ring',
  'group',
  'groups',
  'world',
  'value',
  'free',
];

/** Scientific-writing boilerplate, in singular form (plurals are folded before the lookup). */
const BOILERPLATE = `
paper work study studies result show shown shows showing present presents presented propose proposed
proposes introduce introduced introduces approach method methodology technique new novel based using use
used uses also further however thus therefore moreover well state art state-of-the-art et al e.g i.e
demonstrate demonstrated demonstrates demonstrating find found finding findings investigate investigated
explore explored address addressed aim aims achieve achieved achieves achieving provide provided
providing significant significantly improve improved improves improvement improvements performance
perform performs performed outperform outperforms compared compare comparison existing current recent
recently previous previously first second third one two three four five six seven eight nine ten
several various different many number set sets range order problem problems task tasks question
questions case cases example examples including include includes included particular particularly
typically typical often generally general key main important able possible potential potentially
allow allows enable enables enabled require requires required requiring available specific
specifically overall total high-quality across within without via per towards toward upon whether
paradigm framework frameworks furthermore additionally finally here herein respectively
strategy strategies make makes made making take takes taken give gives given obtain obtained
highlight highlights suggest suggests discuss discussed describe described report reported
consider considered apply applied applying application applications develop developed
developing development effective effectively efficient efficiently accurate accurately
`;

/**
 * Words too general to be a term alone that still make one in a phrase: "model" says little,
 * "foundation model" says much.
 */
export const PHRASE_ONLY: ReadonlySet<string> = new Set(
  'model data learning machine large small high low human field feature sample science information text value level scale'.split(
    ' ',
  ),
);

/** Every word that is never part of a term, lower-case. */
export const STOPWORDS: ReadonlySet<string> = buildStopwords();

function buildStopwords(): Set<string> {
  const keep = new Set(KEEP);
  const words = new Set<string>();
  for (const w of english as string[]) if (!keep.has(w)) words.add(w);
  for (const w of BOILERPLATE.split(/\s+/)) if (w) words.add(w);
  return words;
}

/** True for a stopword or boilerplate word (matched as written and as its singular key). */
export function isStopword(word: string, key: string = word): boolean {
  return STOPWORDS.has(word) || STOPWORDS.has(key);
}
