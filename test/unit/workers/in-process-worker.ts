import type { TextWorkerLike } from '../../../src/lib/workers/text-client';
import type { TextRequest, TextResponse } from '../../../src/lib/workers/text-protocol';
import { TextService } from '../../../src/lib/workers/text-service';
import { unpackTexts } from '../../../src/lib/workers/packed-texts';

/**
 * A worker in the same process: messages cross through structuredClone and a macrotask, as they
 * would between threads, and the real worker's queue rule (newest waiting view) is kept.
 */
export class InProcessWorker implements TextWorkerLike {
  onmessage: ((e: MessageEvent<TextResponse>) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  readonly received: TextRequest['type'][] = [];
  #waiting: Extract<TextRequest, { type: 'view' }> | null = null;
  terminated = false;

  constructor(readonly service = new TextService()) {}

  postMessage(message: TextRequest): void {
    const request = structuredClone(message);
    this.received.push(request.type);
    setTimeout(() => this.#handle(request), 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  #answer(response: TextResponse) {
    if (!this.terminated) this.onmessage?.({ data: structuredClone(response) } as MessageEvent<TextResponse>);
  }

  #handle(request: TextRequest) {
    if (request.type === 'append' || request.type === 'append-texts') {
      this.service.append(request.type === 'append' ? request.papers : unpackTexts(request.texts));
      if (request.pull) this.#answer({ type: 'took', id: 0 });
    } else if (request.type === 'search')
      this.#answer({ type: 'search', id: request.id, indexes: this.service.search(request.query) });
    else if (request.type === 'match')
      this.#answer({ type: 'match', id: request.id, matches: this.service.match(request.keys) });
    else {
      if (this.#waiting) this.#answer({ type: 'dropped', id: this.#waiting.id });
      this.#waiting = request;
      setTimeout(() => {
        const r = this.#waiting;
        this.#waiting = null;
        if (r) this.#answer({ type: 'view', id: r.id, result: this.service.view(r.query) });
      }, 0);
    }
  }
}
