/**
 * The one door to the outside. Every request goes through here:
 *
 *   cache (fresh?) ──yes──► cached body
 *        │ no
 *   rate limiter (per service) ─► fetch ─► 429: wait Retry-After, retry (bounded)
 *                                        ─► 5xx: back off, retry (bounded)
 *                                        ─► offline / 429 / 5xx at the end: stale cache, else error
 *                                        ─► body read and checked ─► cache ─► value
 *
 * `fetch` is injected so tests serve recorded responses; errors are values, never throws.
 */
import { cacheKey, type ResponseCache } from './cache';
import { onlineError, type OnlineError } from './online-error';
import { createRateLimiter, realClock, type Clock, type RateLimiter } from './rate-limit';
import { sendWithRetry } from './send-with-retry';
import { SERVICES, type ServiceId } from './services';

const WEEK_MS = 7 * 24 * 3600 * 1000;

export interface HttpOptions {
  fetch: typeof fetch;
  cache?: ResponseCache;
  clock?: Clock;
  /** Cached responses younger than this are used without asking again; default a week. */
  maxAgeMs?: number;
  /** In a browser, services that send no CORS headers are refused before any request. */
  inBrowser?: boolean;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** An email for OpenAlex's polite pool, sent as `mailto` with OpenAlex requests only. */
  mailto?: string;
  headers?: Record<string, string>;
  /** Ask the service even when a fresh response is cached. */
  fresh?: boolean;
}

export type Fetched<T> =
  | { ok: true; value: T; fetchedAt: string; fromCache: boolean; stale?: boolean }
  | { ok: false; error: OnlineError };

export interface Http {
  getText(service: ServiceId, url: string, options?: RequestOptions): Promise<Fetched<string>>;
  getJson(service: ServiceId, url: string, options?: RequestOptions): Promise<Fetched<unknown>>;
  /** Requests that went to the network (cache hits are not counted). */
  readonly sent: number;
}

type Reader<T> = (body: string) => { value: T } | { detail: string };

/** An HTTP client with per-service rate limits, retries and a response cache. */
export function createHttp(options: HttpOptions): Http {
  const clock = options.clock ?? realClock;
  const maxAge = options.maxAgeMs ?? WEEK_MS;
  const limiters = new Map<ServiceId, RateLimiter>();
  let sent = 0;
  const limiter = (id: ServiceId) => {
    if (!limiters.has(id)) limiters.set(id, createRateLimiter(SERVICES[id].intervalMs, clock));
    return limiters.get(id)!;
  };

  async function request<T>(
    service: ServiceId,
    url: string,
    opts: RequestOptions,
    read: Reader<T>,
  ): Promise<Fetched<T>> {
    if (options.inBrowser && !SERVICES[service].fromBrowser)
      return { ok: false, error: onlineError('blocked', service) };
    const key = cacheKey(url);
    const cached = await options.cache?.get(key);
    const cachedValue = cached && read(cached.body);
    const usable =
      cached && cachedValue && 'value' in cachedValue ? { cached, value: cachedValue.value } : null;
    if (usable && !opts.fresh && clock.now() - Date.parse(usable.cached.fetchedAt) < maxAge) {
      return { ok: true, value: usable.value, fetchedAt: usable.cached.fetchedAt, fromCache: true };
    }
    const ctx = { fetch: options.fetch, limiter: limiter(service), clock, onSend: () => void sent++ };
    const outcome = await sendWithRetry(ctx, service, withMailto(service, url, opts.mailto), opts);
    if ('error' in outcome) {
      // A response kept from before beats an error, except when the user cancelled.
      const fallback = ['offline', 'rate-limited', 'server'].includes(outcome.error.kind) && usable;
      if (fallback)
        return {
          ok: true,
          value: fallback.value,
          fetchedAt: fallback.cached.fetchedAt,
          fromCache: true,
          stale: true,
        };
      return { ok: false, error: outcome.error };
    }
    const checked = read(outcome.body);
    if ('detail' in checked)
      return { ok: false, error: onlineError('malformed', service, { detail: checked.detail }) };
    const fetchedAt = new Date(clock.now()).toISOString();
    await options.cache?.put({ key, body: outcome.body, fetchedAt });
    return { ok: true, value: checked.value, fetchedAt, fromCache: false };
  }

  return {
    getText: (service, url, opts = {}) => request(service, url, opts, (body) => ({ value: body })),
    getJson: (service, url, opts = {}) => request(service, url, opts, readJsonBody),
    get sent() {
      return sent;
    },
  };
}

function readJsonBody(body: string): { value: unknown } | { detail: string } {
  try {
    return { value: JSON.parse(body) };
  } catch (e) {
    return { detail: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function withMailto(service: ServiceId, url: string, mailto: string | undefined): string {
  if (service !== 'openalex' || !mailto?.trim()) return url;
  // Appended as text: re-serialising with URLSearchParams would re-encode the rest of the query.
  return `${url}${url.includes('?') ? '&' : '?'}mailto=${encodeURIComponent(mailto.trim())}`;
}
