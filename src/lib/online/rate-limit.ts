/**
 * Spacing of requests per service. Waiters queue in order, so several callers sharing one limiter
 * never start two requests closer than the interval; a 429 can push the next start further out.
 */

/** Time as the limiter sees it; tests pass a virtual clock so that nothing really waits. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, or rejects with an `AbortError` when the signal fires first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(abortError());
      const timer = setTimeout(done, ms);
      function done() {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }
      function onAbort() {
        clearTimeout(timer);
        reject(abortError());
      }
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

export interface RateLimiter {
  /** Waits for this caller's turn; rejects when the signal aborts. */
  wait(signal?: AbortSignal): Promise<void>;
  /** No request may start before `ms` from now (a service's Retry-After). */
  holdFor(ms: number): void;
}

/** A limiter that lets one request start every `intervalMs`. */
export function createRateLimiter(intervalMs: number, clock: Clock): RateLimiter {
  let nextStart = -Infinity;
  let queue: Promise<void> = Promise.resolve();
  return {
    wait(signal) {
      const turn = queue.then(async () => {
        if (signal?.aborted) throw abortError();
        const delay = nextStart - clock.now();
        if (delay > 0) await clock.sleep(delay, signal);
        nextStart = clock.now() + intervalMs;
      });
      // A cancelled waiter must not block the ones behind it.
      queue = turn.catch(() => undefined);
      return turn;
    },
    holdFor(ms) {
      nextStart = Math.max(nextStart, clock.now() + ms);
    },
  };
}

/** True for the error `fetch` and `sleep` reject with when their signal aborts. */
export function isAbortError(e: unknown): boolean {
  return (e as { name?: string } | null)?.name === 'AbortError';
}

function abortError(): Error {
  const e = new Error('Aborted');
  e.name = 'AbortError';
  return e;
}
