/**
 * An injected `fetch` for tests: answers from recordings (or a scripted override), records every
 * URL asked, and a virtual clock under which rate-limit waits take no real time.
 */
import type { Clock } from '../../../src/lib/online/rate-limit';
import { recordedReply, type Reply } from './recorded-routes';

/** A scripted answer: a reply, `'offline'` (fetch rejects), or undefined to use the recordings. */
export type Script = (url: string, n: number) => Reply | 'offline' | undefined;

export interface RecordedFetch {
  fetch: typeof fetch;
  /** Every URL requested, in order. */
  urls: string[];
  /** The virtual time (ms) each request started at. */
  times: number[];
  /** The headers each request carried. */
  headers: Record<string, string>[];
}

/** A virtual clock: `sleep` advances time at once and remembers how long it was asked to wait. */
export function virtualClock(): Clock & { sleeps: number[] } {
  let t = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => t,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw Object.assign(new Error('Aborted'), { name: 'AbortError' });
      sleeps.push(ms);
      t += ms;
    },
  };
}

/** A fetch that serves recordings, letting `script` override chosen requests. */
export function recordedFetch(clock: Clock, script: Script = () => undefined): RecordedFetch {
  const urls: string[] = [];
  const times: number[] = [];
  const headers: Record<string, string>[] = [];
  const f = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    urls.push(url);
    times.push(clock.now());
    headers.push({ ...(init?.headers as Record<string, string> | undefined) });
    if (init?.signal?.aborted) throw Object.assign(new Error('Aborted'), { name: 'AbortError' });
    const reply = script(url, urls.length) ?? recordedReply(url);
    if (reply === 'offline') throw new TypeError('fetch failed');
    return new Response(typeof reply.body === 'string' ? reply.body : new Uint8Array(reply.body), {
      status: reply.status,
      headers: { 'content-type': reply.contentType, ...reply.headers },
    });
  };
  return { fetch: f as typeof fetch, urls, times, headers };
}
