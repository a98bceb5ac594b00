/**
 * Whether the page was served by `npm run serve`: the server adds
 * `<meta name="research-trends-api" content="/api/">` to index.html (server/http/static-files.ts).
 * Apart from the remote source so a page that is not served never loads that code.
 */
export function apiFromPage(doc: Pick<Document, 'querySelector'> = document): string | null {
  return doc.querySelector('meta[name="research-trends-api"]')?.getAttribute('content') ?? null;
}
