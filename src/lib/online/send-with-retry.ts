/**
 * One request with the retries a polite client makes: after a 429 it waits as long as the
 * service's Retry-After says (or backs off), after a 5xx it backs off, both a bounded number of
 * times. The wait is put on the service's limiter, so other callers wait too.
 */
import { errorDetail, onlineError, type OnlineError } from './online-error';
import { isAbortError, type Clock, type RateLimiter } from './rate-limit';
import type { ServiceId } from './services';

const MAX_429_RETRIES = 3;
const MAX_5XX_RETRIES = 2;
/** Longer Retry-After waits are not sat through: the user is told to come back instead. */
const MAX_WAIT_MS = 60_000;

export interface SendContext {
  fetch: typeof fetch;
  limiter: RateLimiter;
  clock: Clock;
  /** Counts each request that goes out. */
  onSend?: () => void;
}

/** Sends `url` until it succeeds or a bounded retry gives up; the body or an error value. */
export async function sendWithRetry(
  ctx: SendContext,
  service: ServiceId,
  url: string,
  init: { signal?: AbortSignal; headers?: Record<string, string> },
): Promise<{ body: string } | { error: OnlineError }> {
  let retries429 = 0;
  let retries5xx = 0;
  for (;;) {
    let response: Response;
    try {
      await ctx.limiter.wait(init.signal);
      ctx.onSend?.();
      response = await ctx.fetch(url, { signal: init.signal, headers: init.headers });
      if (response.ok) return { body: await response.text() };
    } catch (e) {
      // Browsers report offline, DNS and CORS failures alike, as a TypeError.
      const cancelled = isAbortError(e) || init.signal?.aborted;
      return { error: onlineError(cancelled ? 'cancelled' : 'offline', service) };
    }
    const status = response.status;
    const waitMs = retryAfterMs(response.headers.get('retry-after'), ctx.clock.now());
    const body = await response.text().catch(() => '');
    if (status === 429) {
      const wait = waitMs ?? 2000 * 2 ** retries429;
      if (retries429 >= MAX_429_RETRIES || wait > MAX_WAIT_MS) {
        const retryAfterS = waitMs === undefined ? undefined : waitMs / 1000;
        return { error: onlineError('rate-limited', service, { status, retryAfterS }) };
      }
      retries429++;
      ctx.limiter.holdFor(wait);
      continue;
    }
    if (status >= 500) {
      const wait = waitMs ?? 1000 * 2 ** retries5xx;
      if (retries5xx >= MAX_5XX_RETRIES || wait > MAX_WAIT_MS) {
        return { error: onlineError('server', service, { status, detail: errorDetail(body) }) };
      }
      retries5xx++;
      ctx.limiter.holdFor(wait);
      continue;
    }
    const kind = status === 404 ? 'not-found' : 'http';
    return { error: onlineError(kind, service, { status, detail: errorDetail(body) }) };
  }
}

/** `Retry-After` as seconds or an HTTP date, in milliseconds from now. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(header)) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
