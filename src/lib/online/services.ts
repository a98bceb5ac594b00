/**
 * The outside services the app can contact, with the rates each one publishes. Nothing here
 * contacts anything; the names feed the "this sends … to …" notes shown before every request.
 */

export type ServiceId = 'openalex' | 'arxiv' | 'orcid';

export interface Service {
  id: ServiceId;
  /** The name people know it by. */
  label: string;
  /** The host that receives the requests, as shown to the user. */
  host: string;
  /** Least time between the starts of two requests. */
  intervalMs: number;
  /** Whether a web page may call it (the service sends CORS headers). */
  fromBrowser: boolean;
}

export const SERVICES: Record<ServiceId, Service> = {
  // OpenAlex asks for at most 10 requests per second.
  openalex: {
    id: 'openalex',
    label: 'OpenAlex',
    host: 'api.openalex.org',
    intervalMs: 100,
    fromBrowser: true,
  },
  // arXiv's terms of use: one request every three seconds. Its API sends no CORS headers.
  arxiv: { id: 'arxiv', label: 'arXiv', host: 'export.arxiv.org', intervalMs: 3000, fromBrowser: false },
  // ORCID's public API allows 24 requests per second.
  orcid: { id: 'orcid', label: 'ORCID', host: 'pub.orcid.org', intervalMs: 42, fromBrowser: true },
};

/** "Searching sends “Mike Walmsley” to api.openalex.org (OpenAlex)." */
export function contactNote(action: string, what: string, service: ServiceId): string {
  const s = SERVICES[service];
  return `${action} sends ${what} to ${s.host} (${s.label}).`;
}
