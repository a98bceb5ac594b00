/**
 * What a server's SQL source does not answer, said alike by the server (sql/validate.ts refuses
 * it) and by the page asking it (remote/remote-source.ts does not send it): the page's views say
 * why, and no request fails for a question known to be refused.
 */
import type { QuestionKind } from './questions';

/** Citations are the paper records' own numbers, which the server's tables do not split out. */
export const CITATIONS_IN_PAGE_ONLY =
  'citations are answered in the page only; this server does not count them.';

export const REFUSED_BY_SERVERS: ReadonlyMap<QuestionKind, string> = new Map([
  ['citations', `kind citations: ${CITATIONS_IN_PAGE_ONLY}`],
]);
