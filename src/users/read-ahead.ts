/**
 * Reads up to `limit` items of a source ahead of its consumer, starting at once: an export lists
 * its first pages of users while group memberships are still being read, and fetches the next
 * pages while the last ones are written. The buffer is bounded, so memory stays flat. A failure of
 * the source reaches the consumer after the items read before it.
 */
export function readAhead<T>(source: AsyncIterator<T>, limit: number): AsyncIterableIterator<T> {
  const buffer: T[] = [];
  let failure: { error: unknown } | undefined;
  let finished = false;
  let closed = false;
  let wakeConsumer: (() => void) | undefined;
  let wakeReader: (() => void) | undefined;
  const wait = (set: (wake: () => void) => void) => new Promise<void>((resolve) => set(resolve));

  void (async () => {
    try {
      while (!closed) {
        if (buffer.length >= limit) {
          await wait((wake) => (wakeReader = wake));
          continue;
        }
        const next = await source.next();
        if (next.done) break;
        buffer.push(next.value);
        wakeConsumer?.();
      }
    } catch (error) {
      failure = { error };
    }
    finished = true;
    wakeConsumer?.();
  })();

  return {
    async next(): Promise<IteratorResult<T>> {
      for (;;) {
        if (buffer.length > 0) {
          const value = buffer.shift()!;
          wakeReader?.();
          return { done: false, value };
        }
        if (failure) throw failure.error;
        if (finished || closed) return { done: true, value: undefined };
        await wait((wake) => (wakeConsumer = wake));
      }
    },
    async return(): Promise<IteratorResult<T>> {
      closed = true;
      buffer.length = 0;
      wakeReader?.();
      await source.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
