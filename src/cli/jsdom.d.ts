/**
 * The little of jsdom the CLI and tests use (jsdom ships no types, and no @types/jsdom matches
 * jsdom 29): a window whose document Plot and the network drawing create elements in.
 */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { contentType?: string; url?: string });
    readonly window: Window & typeof globalThis;
  }
}
