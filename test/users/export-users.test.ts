/** export-users' listing: each user once with its groups, segments in parallel, throttling, failures. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { ParameterError, ServiceError } from '../../src/errors.js';
import { parseRawJson, type OutputObject } from '../../src/output/value.js';
import { jsonLine } from '../../src/users/json-line.js';
import { PythonNumber } from '../../src/python/number.js';
import { writeJsonLines } from '../../src/users/export-writers.js';
import { exportUsers, type ExportOptions } from '../../src/users/export-users.js';
import { startFakeUserPool, type FakeUserPool } from '../../harness/fake-user-pool.js';
import { sdkCall, type SdkCall } from '../support/sdk-call.js';
import { exportedRecords as collect } from './support/exported-records.js';

const quickBackoff = { baseMs: 1, capMs: 5 };

describe('exporting from a large fake pool', () => {
  let pool: FakeUserPool;
  let sdk: SdkCall;
  before(async () => {
    pool = await startFakeUserPool({ users: 1500, groups: 7 });
    sdk = sdkCall(pool.endpoint, { maxAttempts: 1 });
  });
  after(async () => {
    sdk?.destroy();
    await pool?.stop();
  });
  beforeEach(() => {
    pool.setFault(undefined);
    pool.counts.clear();
    pool.filters.length = 0;
  });
  const run = (options: Partial<ExportOptions> = {}) => collect(exportUsers(sdk.call, { userPoolId: pool.poolId, backoff: quickBackoff, ...options }));

  /** Each user exactly once, printed as the service sent it plus its groups. */
  function assertEveryUserOnce(records: Record<string, unknown>[]): void {
    assert.equal(records.length, pool.users.length);
    const seen = new Set(records.map((record) => String(record.Username)));
    assert.equal(seen.size, pool.users.length);
    for (const record of records) {
      const index = Number(String(record.Username).slice('user'.length));
      const expected = { ...(parseRawJson(pool.userJson(index)) as OutputObject), Groups: pool.groupsOf(index) };
      assert.equal(jsonLine(record as OutputObject), jsonLine(expected));
    }
  }

  for (const segments of [1, 3, 16, 40]) {
    test(`${segments} segment(s): every user once, with groups`, async () => {
      assertEveryUserOnce(await run({ segments }));
      if (segments === 1) assert.deepEqual(pool.filters, []);
      else {
        const prefixes = pool.filters.map((filter) => /"(.*)"/.exec(filter)![1]);
        assert.equal(new Set(prefixes).size, prefixes.length, 'each prefix listed once');
        assert.equal(prefixes.length, segments <= 16 ? 16 : 256);
      }
    });
  }

  test('memberships come from ListGroups and ListUsersInGroup, never one call per user', async () => {
    await run();
    assert.equal(pool.counts.get('AdminListGroupsForUser'), undefined);
    assert.equal(pool.counts.get('ListGroups'), 1);
    // 7 groups of about 160 members at 60 a page.
    assert.ok(pool.counts.get('ListUsersInGroup')! <= 7 * 3);
    assert.equal(pool.counts.get('ListUsers'), Math.ceil(1500 / 60));
  });

  const keepNumberTextAsked = async (options: Partial<ExportOptions> = {}) => {
    const asked = new Map<string, Set<unknown>>();
    const call: typeof sdk.call = (operation, input, options) => {
      asked.set(operation, (asked.get(operation) ?? new Set()).add(options?.keepNumberText));
      return sdk.call(operation, input, options);
    };
    const records = await collect(exportUsers(call, { userPoolId: pool.poolId, ...options }));
    return { asked, records };
  };

  test('membership pages are read as plain JSON, user pages keeping the number text', async () => {
    const { asked, records } = await keepNumberTextAsked();
    assert.deepEqual(asked.get('ListUsers'), new Set([undefined]));
    assert.deepEqual(asked.get('ListGroups'), new Set([false]));
    assert.deepEqual(asked.get('ListUsersInGroup'), new Set([false]));
    assert.ok(records[1].UserCreateDate instanceof PythonNumber);
  });

  test('user pages too are plain JSON when no number is written out', async () => {
    const { asked, records } = await keepNumberTextAsked({ keepNumberText: false });
    assert.deepEqual(asked.get('ListUsers'), new Set([false]));
    assert.equal(typeof records[1].UserCreateDate, 'number');
  });

  test('groups turned off: no group listing and no Groups member', async () => {
    const records = await run({ groups: false });
    assert.equal(records.length, 1500);
    assert.equal(pool.counts.get('ListGroups'), undefined);
    assert.ok(records.every((record) => !('Groups' in record)));
  });

  test('a filter is passed through to ListUsers', async () => {
    const records = await run({ filter: 'sub ^= "a"' });
    assert.deepEqual(pool.filters, ['sub ^= "a"']);
    const expected = pool.users.filter((user) => user.sub.startsWith('a')).map((user) => user.Username);
    assert.deepEqual(records.map((record) => record.Username), expected);
  });

  test('a filter with several segments is a parameter error, before any request', async () => {
    await assert.rejects(run({ filter: 'sub ^= "a"', segments: 2 }), ParameterError);
    await assert.rejects(run({ segments: 257 }), ParameterError);
    await assert.rejects(run({ segments: 0 }), ParameterError);
    assert.equal(pool.counts.size, 0);
  });

  test('throttling is retried with back-off: nobody skipped or repeated', async () => {
    for (const segments of [1, 8]) {
      pool.counts.clear();
      pool.setFault((operation, n) =>
        (operation === 'ListUsers' || operation === 'ListUsersInGroup' || operation === 'ListGroups') && n % 3 === 1
          ? n % 2 ? 'TooManyRequestsException' : 'ThrottlingException'
          : undefined,
      );
      assertEveryUserOnce(await run({ segments }));
      assert.ok(pool.counts.get('ListUsers')! > (segments === 1 ? 25 : 16), 'some ListUsers requests were throttled and sent again');
    }
  });

  test('a service that keeps throttling fails after the back-off budget', async () => {
    pool.setFault((operation) => (operation === 'ListUsers' ? 'TooManyRequestsException' : undefined));
    await assert.rejects(run({ backoff: { ...quickBackoff, attempts: 4 } }), (error: ServiceError) => error.code === 'TooManyRequestsException');
    assert.equal(pool.counts.get('ListUsers'), 4);
  });

  for (const segments of [1, 4]) {
    test(`a failure part-way (${segments} segment(s)) leaves whole lines and is rethrown`, async () => {
      pool.setFault((operation, n) => (operation === 'ListUsers' && n === 6 ? 'InternalErrorException' : undefined));
      let text = '';
      const sink = { write: (chunk: string) => void (text += chunk) };
      await assert.rejects(
        writeJsonLines(exportUsers(sdk.call, { userPoolId: pool.poolId, segments, backoff: quickBackoff }), sink),
        (error: ServiceError) => error.code === 'InternalErrorException',
      );
      assert.ok(text.endsWith('\n'));
      const lines = text.slice(0, -1).split('\n');
      assert.ok(lines.length >= 60, `${lines.length} users written before the failure`);
      const names = lines.map((line) => (JSON.parse(line) as { Username: string }).Username);
      assert.equal(new Set(names).size, names.length);
    });
  }
});
