/**
 * One entry point for every format: detect, load the parser on first use (parsers are split
 * out of the initial bundle), parse. Never throws for bad input.
 */
import { detectFormat, FORMAT_LABELS, type FormatId } from './detect-format';
import type { ParseOptions, ParseResult } from './paper';
import { parseProfileText } from './profile-text';

type Parser = (text: string, options: ParseOptions) => ParseResult;

const LOADERS: Record<FormatId, () => Promise<Parser>> = {
  'profile-text': async () => parseProfileText,
  'app-json': async () => (await import('./app-json')).parseAppJson,
  bibtex: async () => (await import('./bibtex')).parseBibtex,
  ris: async () => (await import('./ris')).parseRis,
  'csl-json': async () => (await import('./csl-json')).parseCslJson,
  csv: async () => (await import('./csv')).parseCsv,
  'arxiv-atom': async () => (await import('./arxiv-atom')).parseArxivAtom,
  openalex: async () => (await import('./openalex')).parseOpenAlex,
  'semantic-scholar': async () => (await import('./semantic-scholar')).parseSemanticScholar,
  orcid: async () => (await import('./orcid')).parseOrcid,
  'arxiv-jsonl': async () => (await import('./arxiv-jsonl')).parseArxivJsonl,
};

/** Parses `text` in the given or detected format; an unknown format is a refused file, not an error. */
export async function parseText(
  text: string,
  options: ParseOptions & { format?: FormatId },
): Promise<ParseResult> {
  const format = options.format ?? detectFormat(text, options.file);
  if (!format) {
    return {
      format: 'unknown',
      papers: [],
      records: 0,
      problems: [
        {
          file: options.file,
          line: 1,
          message: unknownFormatMessage(),
          action: 'refused',
          code: 'unknown-format',
        },
      ],
    };
  }
  const parse = await LOADERS[format]();
  return parse(text, options);
}

/** Names every format tried, so plain prose is refused as what it is rather than as a broken CSV. */
export function unknownFormatMessage(): string {
  const tried = Object.values(FORMAT_LABELS);
  return (
    `Not in any format this app reads: tried ${tried.slice(0, -1).join(', ')} and ${tried.at(-1)}, and none fits ` +
    '(a CSV needs a header row naming its columns, such as "Title"). Nothing was read.'
  );
}

export { FORMAT_LABELS, type FormatId };
