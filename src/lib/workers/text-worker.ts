/// <reference lib="webworker" />
/**
 * The text worker: tokenises the collection's titles and abstracts (long work at 10^5 papers),
 * counts terms for every filter change and runs text searches, so none of it blocks the page.
 */
import type { TextRequest, TextResponse } from './text-protocol';
import { TextService } from './text-service';
import { unpackTexts } from './packed-texts';

// Named 'terms': fed a file as it streams in, it keeps the terms alone (the collection searches).
const service = new TextService(self.name === 'terms' ? { termsOnly: true } : { indexOnArrival: true });
let waiting: Extract<TextRequest, { type: 'view' }> | null = null;

const answer = (response: TextResponse) => self.postMessage(response);

function attempt(id: number, run: () => TextResponse): void {
  try {
    answer(run());
  } catch (error) {
    answer({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
}

/** Runs the newest waiting view; views that arrived while one ran were replaced on the way. */
function runWaiting(): void {
  const request = waiting;
  waiting = null;
  if (request)
    attempt(request.id, () => ({ type: 'view', id: request.id, result: service.view(request.query) }));
}

self.onmessage = (e: MessageEvent<TextRequest>) => {
  const request = e.data;
  if (request.type === 'append' || request.type === 'append-texts') {
    service.append(request.type === 'append' ? request.papers : unpackTexts(request.texts));
    if (request.pull) answer({ type: 'took', id: 0 });
  } else if (request.type === 'search')
    attempt(request.id, () => ({ type: 'search', id: request.id, indexes: service.search(request.query) }));
  else if (request.type === 'match')
    attempt(request.id, () => ({ type: 'match', id: request.id, matches: service.match(request.keys) }));
  else {
    if (waiting) answer({ type: 'dropped', id: waiting.id });
    waiting = request;
    setTimeout(runWaiting, 0);
  }
};
