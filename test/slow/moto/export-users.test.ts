/** export-users from moto: each user once with its attributes, state and groups, however many segments. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { exportUsers } from '../../../src/users/export-users.js';
import { requireMoto, startMoto, type Emulator } from '../support/emulators.js';
import { seedPool } from '../../../harness/moto-seed.js';
import { sdkCall, type SdkCall } from '../../support/sdk-call.js';
import { exportedRecords as collect } from '../../users/support/exported-records.js';

describe('exporting from moto', { skip: !requireMoto() }, () => {
  let moto: Emulator;
  let sdk: SdkCall;
  let poolId: string;
  const userCount = 240;
  before(async () => {
    moto = await startMoto();
    sdk = sdkCall(moto.endpoint);
    poolId = await seedPool(moto.endpoint, {
      name: 'export',
      groups: ['admins', 'staff', 'empty'],
      users: Array.from({ length: userCount }, (_, n) => {
        const username = `person${String(n).padStart(3, '0')}`;
        return {
          username,
          attributes: [{ Name: 'email', Value: `${username}@example.com` }, { Name: 'name', Value: `Person, ${n} "é"` }],
          groups: [...(n % 3 === 0 ? ['admins'] : []), ...(n % 2 === 0 ? ['staff'] : [])],
          disabled: n % 7 === 0,
        };
      }),
      concurrency: 12,
    });
  });
  after(async () => {
    sdk?.destroy();
    await moto?.stop();
  });

  test('each user once with attributes, state and groups, however many segments', async () => {
    const listed = new Map<string, Record<string, unknown>>();
    let token: unknown;
    do {
      const page = await sdk.call('ListUsers', { UserPoolId: poolId, ...(token ? { PaginationToken: token } : {}) });
      for (const user of page.Users as Record<string, unknown>[]) listed.set(String(user.Username), user);
      token = page.PaginationToken;
    } while (token);
    assert.equal(listed.size, userCount);

    for (const segments of [1, 5, 16, 20]) {
      sdk.sent.length = 0;
      const records = await collect(exportUsers(sdk.call, { userPoolId: poolId, segments }));
      assert.equal(records.length, userCount, `${segments} segments`);
      assert.equal(new Set(records.map((record) => record.Username)).size, userCount);
      for (const record of records) {
        const n = Number(String(record.Username).slice('person'.length));
        const { Groups, ...user } = record;
        assert.deepEqual(user, listed.get(String(record.Username)));
        assert.deepEqual(Groups, [...(n % 3 === 0 ? ['admins'] : []), ...(n % 2 === 0 ? ['staff'] : [])]);
        assert.equal(user.Enabled, n % 7 !== 0);
      }
      assert.ok(!sdk.sent.includes('AdminListGroupsForUser'));
    }
  });
});
