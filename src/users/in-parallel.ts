/**
 * Runs `work` on each item of a (possibly endless) source with at most `concurrency` at once,
 * reading the source only as fast as work finishes. On the first failure no new work starts; the
 * work under way finishes, then the error is rethrown.
 */
export async function forEachInParallel<T>(
  source: Iterable<T> | AsyncIterable<T>,
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : toAsync(source[Symbol.iterator]());
  let index = 0;
  let failure: { error: unknown } | undefined;
  let reading = Promise.resolve();
  // Workers share the iterator; reads are chained so that two workers never call next() at once.
  const nextItem = (): Promise<IteratorResult<T> & { index: number }> => {
    const read = reading.then(async () => ({ ...(await iterator.next()), index: index++ }));
    reading = read.then(() => undefined, () => undefined);
    return read;
  };
  const worker = async () => {
    while (!failure) {
      const next = await nextItem().catch((error: unknown) => {
        failure ??= { error };
        return undefined;
      });
      if (!next || next.done || failure) return;
      try {
        await work(next.value, next.index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  if (failure) {
    await iterator.return?.();
    throw failure.error;
  }
}

function toAsync<T>(iterator: Iterator<T>): AsyncIterator<T> {
  return { next: async () => iterator.next(), return: async () => iterator.return?.() ?? { done: true, value: undefined } };
}
