/**
 * Messages between the page and the text worker. The collection arrives in pieces (`append`, in
 * collection order) so that no single copy blocks the page; `view` answers only the newest waiting
 * request (older ones are answered `dropped`); `match` and `search` answer every request in order.
 * A feed that pulls (`pull`) is told when each piece is taken.
 */
import type { PackedTexts } from './packed-texts';
import type { TermMatch, TermsViewQuery, TermsViewResult, TextRecord } from './text-service';

export type TextRequest =
  | { type: 'append'; id: number; papers: TextRecord[]; pull?: boolean }
  /** Titles, abstracts and years only, packed (a feed's pieces: see packed-texts.ts). */
  | { type: 'append-texts'; id: number; texts: PackedTexts; pull: true }
  | { type: 'view'; id: number; query: TermsViewQuery }
  | { type: 'match'; id: number; keys: string[] }
  | { type: 'search'; id: number; query: string };

export type TextResponse =
  | { type: 'view'; id: number; result: TermsViewResult }
  | { type: 'match'; id: number; matches: TermMatch[] }
  | { type: 'search'; id: number; indexes: Int32Array }
  | { type: 'dropped'; id: number }
  /** An append with `pull` was taken: the sender may send the next (see text-feed.ts). */
  | { type: 'took'; id: number }
  | { type: 'error'; id: number; message: string };

/** The part of a Worker a text client uses (a fake one in tests). */
export interface TextWorkerLike {
  postMessage(message: TextRequest): void;
  onmessage: ((e: MessageEvent<TextResponse>) => void) | null;
  onerror: ((e: Event) => void) | null;
  terminate(): void;
}
