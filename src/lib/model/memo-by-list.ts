/**
 * Remembers a function's result per paper list (held weakly) while its other arguments stay the
 * same objects. Views ask for the whole collection again whenever the last filter is removed (the
 * selection then hands back the collection's own array), and recomputing the collaboration rows
 * and the network's graph of the whole collection is the costliest answer they give.
 */
export function memoByList<L extends object, A extends unknown[], R>(
  fn: (list: L, ...rest: A) => R,
): (list: L, ...rest: A) => R {
  const cache = new WeakMap<L, { rest: A; result: R }>();
  return (list, ...rest) => {
    const hit = cache.get(list);
    if (hit && hit.rest.length === rest.length && hit.rest.every((a, i) => a === rest[i])) return hit.result;
    const result = fn(list, ...rest);
    cache.set(list, { rest, result });
    return result;
  };
}
