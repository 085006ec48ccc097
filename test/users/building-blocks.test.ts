/** The small parts the user jobs share: back-off, segments, merging and bounded parallel work. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { InterruptedError, ParameterError, ServiceError } from '../../src/errors.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileLines } from '../../src/users/file-lines.js';
import { forEachInParallel } from '../../src/users/in-parallel.js';
import { mergeAsync } from '../../src/users/merge-async.js';
import { readAhead } from '../../src/users/read-ahead.js';
import { subPrefixFilter, subPrefixSegments } from '../../src/users/sub-segments.js';
import { backoffDelay, isThrottling, retryThrottled } from '../../src/users/throttle-retry.js';

describe('throttling back-off', () => {
  const throttled = new ServiceError('TooManyRequestsException', 'ListUsers', 'Too many requests');

  test('recognises both throttling codes, from our errors and from the SDK', () => {
    assert.ok(isThrottling(throttled));
    assert.ok(isThrottling(Object.assign(new Error('slow down'), { name: 'ThrottlingException' })));
    assert.ok(!isThrottling(new ServiceError('UserNotFoundException', 'AdminGetUser', 'no')));
    assert.ok(!isThrottling(new Error('boom')));
    assert.ok(!isThrottling(undefined));
  });

  test('full jitter: a random share of an exponentially growing, capped bound', () => {
    const options = { baseMs: 100, capMs: 1000 };
    assert.equal(backoffDelay(0, { ...options, random: () => 0.5 }), 50);
    assert.equal(backoffDelay(3, { ...options, random: () => 0.5 }), 400);
    assert.equal(backoffDelay(10, { ...options, random: () => 0.5 }), 500);
    assert.equal(backoffDelay(3, { ...options, random: () => 0 }), 0);
    assert.ok(backoffDelay(3, { ...options, random: () => 0.999 }) < 800);
  });

  test('retries throttled calls until they pass, and only those', async () => {
    let calls = 0;
    const flaky = retryThrottled(async () => {
      if (++calls < 4) throw throttled;
      return { ok: true };
    }, { baseMs: 1 });
    assert.deepEqual(await flaky('ListUsers', {}), { ok: true });
    assert.equal(calls, 4);

    calls = 0;
    const failing = retryThrottled(async () => {
      calls++;
      throw new ServiceError('InvalidParameterException', 'ListUsers', 'bad');
    }, { baseMs: 1 });
    await assert.rejects(failing('ListUsers', {}), /InvalidParameterException/);
    assert.equal(calls, 1);
  });

  test('gives up after its attempts with the last throttling error', async () => {
    let calls = 0;
    const always = retryThrottled(async () => {
      calls++;
      throw throttled;
    }, { baseMs: 1, attempts: 5 });
    await assert.rejects(always('ListUsers', {}), (error) => error === throttled);
    assert.equal(calls, 5);
  });

  test('an abort during a wait ends it at once', async () => {
    const controller = new AbortController();
    const slow = retryThrottled(async () => {
      throw throttled;
    }, { baseMs: 60_000, capMs: 60_000, random: () => 0.99, signal: controller.signal });
    const waiting = slow('ListUsers', {});
    setTimeout(() => controller.abort(), 10);
    await assert.rejects(waiting, InterruptedError);
  });
});

describe('sub prefix segments', () => {
  for (const count of [1, 2, 3, 7, 16, 17, 100, 256]) {
    test(`${count} segment(s) cover every sub exactly once`, () => {
      const segments = subPrefixSegments(count);
      assert.equal(segments.length, count);
      assert.ok(segments.every((prefixes) => prefixes.length > 0));
      const prefixes = segments.flat();
      for (const sub of ['0a1b', 'ffff', '7c00', 'a000', '09zz']) {
        assert.equal(prefixes.filter((prefix) => sub.startsWith(prefix)).length, 1, `${sub} in exactly one segment`);
      }
    });
  }

  test('counts outside 1..256 are parameter errors', () => {
    for (const count of [0, -1, 257, 1.5, Number.NaN]) assert.throws(() => subPrefixSegments(count), ParameterError);
  });

  test('the ListUsers filter for a prefix', () => {
    assert.equal(subPrefixFilter('a7'), 'sub ^= "a7"');
  });
});

describe('merging async sources', () => {
  async function* delayed<T>(items: T[], ms: number): AsyncGenerator<T> {
    for (const item of items) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      yield item;
    }
  }

  test('yields every item of every source', async () => {
    const merged: number[] = [];
    for await (const item of mergeAsync([delayed([1, 2, 3], 3), delayed([10, 20], 1), delayed([], 1)])) merged.push(item);
    assert.deepEqual(merged.sort((a, b) => a - b), [1, 2, 3, 10, 20]);
  });

  test('asks each source for one item at a time', async () => {
    let outstanding = 0;
    let most = 0;
    const counted = (id: number): AsyncIterator<number> => {
      let n = 0;
      return {
        next: async () => {
          most = Math.max(most, ++outstanding);
          await new Promise((resolve) => setTimeout(resolve, 1));
          outstanding--;
          return n < 5 ? { done: false, value: id * 100 + n++ } : { done: true, value: undefined };
        },
      };
    };
    let count = 0;
    for await (const _ of mergeAsync([counted(1), counted(2), counted(3)])) {
      count++;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    assert.equal(count, 15);
    assert.ok(most <= 3, `${most} requests outstanding at once`);
  });

  test('the first failure ends the merge and closes the other sources', async () => {
    let closed = false;
    async function* endless(): AsyncGenerator<number> {
      try {
        for (let i = 0; ; i++) {
          await new Promise((resolve) => setTimeout(resolve, 1));
          yield i;
        }
      } finally {
        closed = true;
      }
    }
    async function* failing(): AsyncGenerator<number> {
      await new Promise((resolve) => setTimeout(resolve, 5));
      throw new Error('page 3 failed');
    }
    await assert.rejects(async () => {
      for await (const _ of mergeAsync([endless(), failing()]));
    }, /page 3 failed/);
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.ok(closed);
  });
});

describe('bounded parallel work', () => {
  test('never more than the limit at once, each item once with its index', async () => {
    let running = 0;
    let most = 0;
    const seen: Array<[string, number]> = [];
    async function* items() {
      for (let i = 0; i < 20; i++) yield `item${i}`;
    }
    await forEachInParallel(items(), 4, async (item, index) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 1 + (index % 3)));
      seen.push([item, index]);
      running--;
    });
    assert.equal(most, 4);
    assert.deepEqual(seen.sort((a, b) => a[1] - b[1]), Array.from({ length: 20 }, (_, i) => [`item${i}`, i]));
  });

  test('reads the source only as fast as work is done', async () => {
    let read = 0;
    let maxAhead = 0;
    let finished = 0;
    function* items() {
      for (let i = 0; i < 50; i++) {
        read++;
        maxAhead = Math.max(maxAhead, read - finished);
        yield i;
      }
    }
    await forEachInParallel(items(), 3, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      finished++;
    });
    assert.ok(maxAhead <= 4, `${maxAhead} items read ahead of the work`);
  });

  test('a failure starts no new work, lets running work finish, then is rethrown', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    await assert.rejects(
      forEachInParallel([...Array(30).keys()], 3, async (item) => {
        started.push(item);
        await new Promise((resolve) => setTimeout(resolve, item === 4 ? 1 : 5));
        if (item === 4) throw new Error('item 4 failed');
        finished.push(item);
      }),
      /item 4 failed/,
    );
    assert.ok(started.length < 10, `${started.length} items started`);
    assert.deepEqual(finished.sort((a, b) => a - b), started.filter((item) => item !== 4).sort((a, b) => a - b));
  });
});

test('the lines of a file wait for a reader that starts late and reads slowly', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'lines-')), 'input.txt');
  const many = Array.from({ length: 60 }, (_, i) => `line ${i} ${'x'.repeat(400)}`);
  writeFileSync(file, `one\r\ntwo\n\n${many.join('\n')}\n`);
  const lines = fileLines(file);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const read: string[] = [];
  await forEachInParallel(lines, 4, async (line, index) => {
    await new Promise((resolve) => setTimeout(resolve, 2));
    read[index] = line;
  });
  assert.deepEqual(read, ['one', 'two', '', ...many]);
});

describe('reading ahead', () => {
  function counting(total: number, failAt?: number) {
    const state = { pulled: 0, closed: false };
    const source: AsyncIterator<number> = {
      next: async () => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (state.pulled === failAt) throw new Error(`item ${failAt} failed`);
        return state.pulled < total ? { done: false, value: state.pulled++ } : { done: true, value: undefined };
      },
      return: async () => {
        state.closed = true;
        return { done: true, value: undefined };
      },
    };
    return { source, state };
  }

  test('starts at once and stops at its limit until the consumer takes items', async () => {
    const { source, state } = counting(100);
    const ahead = readAhead(source, 5);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(state.pulled, 5);
    const taken: number[] = [];
    for await (const item of ahead) {
      taken.push(item);
      assert.ok(state.pulled <= taken.length + 5 + 1, `${state.pulled} pulled for ${taken.length} taken`);
    }
    assert.deepEqual(taken, [...Array(100).keys()]);
  });

  test('a failure comes after the items read before it', async () => {
    const { source } = counting(100, 7);
    const taken: number[] = [];
    await assert.rejects(async () => {
      for await (const item of readAhead(source, 3)) taken.push(item);
    }, /item 7 failed/);
    assert.deepEqual(taken, [...Array(7).keys()]);
  });

  test('leaving early closes the source', async () => {
    const { source, state } = counting(100);
    for await (const item of readAhead(source, 4)) if (item === 2) break;
    assert.ok(state.closed);
  });
});
