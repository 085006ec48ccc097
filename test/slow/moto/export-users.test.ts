/** export-users from moto: each user once with its attributes, state and groups, however many segments. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { exportUsers } from '../../../src/users/export-users.js';
import { requireMoto, startMoto, type Emulator } from '../support/emulators.js';
import { sdkCall, type SdkCall } from '../../support/sdk-call.js';

async function collect<T>(records: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const record of records) all.push(record);
  return all;
}

describe('exporting from moto', { skip: !requireMoto() }, () => {
  let moto: Emulator;
  let sdk: SdkCall;
  let poolId: string;
  const userCount = 240;
  before(async () => {
    moto = await startMoto();
    sdk = sdkCall(moto.endpoint);
    poolId = String(((await sdk.call('CreateUserPool', { PoolName: 'export' })).UserPool as { Id: string }).Id);
    for (const group of ['admins', 'staff', 'empty']) await sdk.call('CreateGroup', { UserPoolId: poolId, GroupName: group });
    const usernames = Array.from({ length: userCount }, (_, i) => `person${String(i).padStart(3, '0')}`);
    for (let i = 0; i < usernames.length; i += 12) {
      await Promise.all(
        usernames.slice(i, i + 12).map(async (username, j) => {
          const n = i + j;
          await sdk.call('AdminCreateUser', {
            UserPoolId: poolId,
            Username: username,
            MessageAction: 'SUPPRESS',
            UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }, { Name: 'name', Value: `Person, ${n} "é"` }],
          });
          if (n % 3 === 0) await sdk.call('AdminAddUserToGroup', { UserPoolId: poolId, Username: username, GroupName: 'admins' });
          if (n % 2 === 0) await sdk.call('AdminAddUserToGroup', { UserPoolId: poolId, Username: username, GroupName: 'staff' });
          if (n % 7 === 0) await sdk.call('AdminDisableUser', { UserPoolId: poolId, Username: username });
        }),
      );
    }
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
