/// <reference lib="webworker" />
/**
 * The store worker: holds the columnar store of a large collection off the main thread. Plain
 * messages (see `store-protocol.ts`); Comlink would add a dependency for three message kinds.
 */
import { createStoreService } from './store-service';
import type { StoreRequest } from './store-protocol';

const service = createStoreService((message, transfer) =>
  self.postMessage(message, { transfer: transfer ?? [] }),
);

self.onmessage = (e: MessageEvent<StoreRequest>) => service.receive(e.data);
