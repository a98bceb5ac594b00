/**
 * jsdom has no layout: elements measure 0 wide and there is no ResizeObserver. Components bind
 * their width (`bind:clientWidth`, which Svelte watches with a ResizeObserver) and draw nothing
 * at 0, so every element here measures a fixed size and observers report it once, as a browser
 * does after the first layout. Drawing, positions and pointer geometry are checked in Chromium by
 * the end-to-end suite; these tests check what the components render and publish.
 */
export const WIDTH = 640;
export const HEIGHT = 400;

Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => WIDTH });
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => HEIGHT });

class LayoutResizeObserver implements ResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element): void {
    const rect = { x: 0, y: 0, top: 0, left: 0, width: WIDTH, height: HEIGHT, right: WIDTH, bottom: HEIGHT };
    const size = [{ inlineSize: WIDTH, blockSize: HEIGHT }];
    const entry = {
      target,
      contentRect: { ...rect, toJSON: () => rect },
      borderBoxSize: size,
      contentBoxSize: size,
      devicePixelContentBoxSize: size,
    } as unknown as ResizeObserverEntry;
    queueMicrotask(() => this.callback([entry], this));
  }
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= LayoutResizeObserver;
