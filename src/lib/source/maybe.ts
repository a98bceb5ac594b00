/**
 * Values that are there now or later. A source answers at once where it can, so that a view whose
 * answer is at hand draws in the same frame as the click; `after` keeps that: it calls `next` at
 * once for a plain value and only defers for a promise. (Not named `then`: a module that exports
 * `then` is taken for a promise when it is imported dynamically.)
 */
export type Maybe<T> = T | Promise<T>;

export function after<T, R>(value: Maybe<T>, next: (value: T) => Maybe<R>): Maybe<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}

/**
 * A module fetched on first use and then at hand: the promise only the first time, so answers
 * from it stay synchronous once it is loaded.
 */
export function loadOnce<M>(load: () => Promise<M>): () => Maybe<M> {
  let loaded: M | undefined;
  let pending: Promise<M> | undefined;
  return () => loaded ?? (pending ??= load().then((m) => (loaded = m)));
}

/** Every value of `values`, at once when none is a promise. */
export function allOf<T>(values: readonly Maybe<T>[]): Maybe<T[]> {
  return values.some((v) => v instanceof Promise) ? Promise.all(values) : (values as T[]);
}
