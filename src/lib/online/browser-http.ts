/**
 * The page's one HTTP client, shared by every component so that the per-service rate limits
 * hold across them. Created on first use: until the user asks for something, nothing exists
 * that could contact a service.
 */
import { createHttp, type Http } from './http';
import { createIndexedDbCache } from './idb-cache';

let shared: Http | null = null;

/** The shared browser client: real `fetch`, responses cached in IndexedDB, arXiv refused (no CORS). */
export function browserHttp(): Http {
  shared ??= createHttp({
    fetch: (input, init) => fetch(input, init),
    cache: createIndexedDbCache(),
    inBrowser: true,
  });
  return shared;
}
