/**
 * Keeps only the events a subscriber may see. Written as a plain iterator, not an async generator,
 * so that `return()` unsubscribes at once instead of waiting for the next event to arrive.
 */
export function filterEvents<T>(source: AsyncIterableIterator<T>, keep: (event: T) => boolean): AsyncIterableIterator<T> {
  return {
    async next() {
      for (;;) {
        const result = await source.next();
        if (result.done || keep(result.value)) return result;
      }
    },
    return(value?: unknown) {
      return source.return?.(value) ?? Promise.resolve({ done: true, value: undefined });
    },
    throw(error?: unknown) {
      return source.throw?.(error) ?? Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
