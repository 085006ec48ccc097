/**
 * Interleaves several async iterators as their items arrive. Each source has at most one `next()`
 * outstanding, so no more than one item per source waits in memory. The first failure ends the
 * merge: the other sources are closed and the error is rethrown.
 */
type Settled<T> = { index: number; result?: IteratorResult<T>; error?: unknown };

export async function* mergeAsync<T>(sources: AsyncIterator<T>[]): AsyncGenerator<T> {
  const pending = new Map<number, Promise<Settled<T>>>();
  const pull = (index: number) =>
    pending.set(
      index,
      sources[index].next().then(
        (result) => ({ index, result }),
        (error: unknown) => ({ index, error }),
      ),
    );
  sources.forEach((_, index) => pull(index));
  try {
    while (pending.size > 0) {
      const { index, result, error } = await Promise.race(pending.values());
      pending.delete(index);
      if (error !== undefined) throw error;
      if (result!.done) continue;
      pull(index);
      yield result!.value;
    }
  } finally {
    // Early exit or failure: the sources still running are told to stop; their answers are ignored.
    for (const index of pending.keys()) void sources[index].return?.().catch(() => undefined);
  }
}
