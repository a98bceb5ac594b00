/**
 * A value that follows another one task later. A view that is slow to recompute for a new
 * collection (terms tokenise every abstract: seconds at 10^5 papers) reads the collection through
 * this, so the page paints the other views and the status first; filter changes are not delayed.
 * Call during component set-up (it registers an effect).
 */
export function deferred<T>(get: () => T): { readonly value: T } {
  let value = $state.raw(get());
  $effect(() => {
    const next = get();
    if (next === value) return;
    const timer = setTimeout(() => (value = next), 0);
    return () => clearTimeout(timer);
  });
  return {
    get value() {
      return value;
    },
  };
}
