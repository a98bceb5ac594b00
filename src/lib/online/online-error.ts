/**
 * What can go wrong when asking an outside service, as values with a message a person can act on.
 * Callers add "your current data is unchanged"; these say only what happened and what to do.
 */
import { SERVICES, type ServiceId } from './services';

export type OnlineErrorKind =
  'offline' | 'rate-limited' | 'server' | 'not-found' | 'http' | 'malformed' | 'cancelled' | 'blocked';

export interface OnlineError {
  kind: OnlineErrorKind;
  service: ServiceId;
  message: string;
  status?: number;
}

/** Builds the error of a kind with its standard wording; `detail` is what the service said. */
export function onlineError(
  kind: OnlineErrorKind,
  service: ServiceId,
  extra: { status?: number; detail?: string; retryAfterS?: number } = {},
): OnlineError {
  const host = SERVICES[service].host;
  const said = extra.detail ? ` It said: “${clip(extra.detail)}”` : '';
  const messages: Record<OnlineErrorKind, string> = {
    offline: `Could not reach ${host}: this computer seems to be offline, or the service is unreachable.`,
    'rate-limited': `${host} asked us to slow down (HTTP 429)${
      extra.retryAfterS !== undefined ? ` and to wait ${Math.ceil(extra.retryAfterS)} s` : ''
    }; try again later.`,
    server: `${host} had a problem of its own (HTTP ${extra.status}); try again later.${said}`,
    'not-found': `${host} does not know this (HTTP 404).${said}`,
    http: `${host} refused the request (HTTP ${extra.status}).${said}`,
    malformed: `${host} sent a response that could not be read.${said}`,
    cancelled: 'Cancelled.',
    blocked: `${host} does not allow requests from a web page; use the file route or the command line instead.`,
  };
  return { kind, service, message: messages[kind], ...(extra.status ? { status: extra.status } : {}) };
}

/** The reason a service gives in an error body: JSON `message`/`error`, or an Atom `<summary>`. */
export function errorDetail(body: string): string | undefined {
  try {
    const json = JSON.parse(body) as Record<string, unknown>;
    const said = json.message ?? json.error ?? json['developer-message'];
    if (typeof said === 'string') return said;
  } catch {
    // Not JSON; try XML below.
  }
  const summary = /<summary[^>]*>([^<]+)<\/summary>/.exec(body)?.[1];
  return summary?.replace(/\s+/g, ' ').trim() || undefined;
}

function clip(s: string): string {
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}
