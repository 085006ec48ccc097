/** restore-users into moto: an export restored into an empty pool, a re-run, a dry run. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { exportUsers } from '../../../src/users/export-users.js';
import { fileLines } from '../../../src/users/file-lines.js';
import { jsonLine } from '../../../src/users/json-line.js';
import { restoreUsers } from '../../../src/users/restore-users.js';
import { requireMoto, startMoto, type Emulator } from '../support/emulators.js';
import { seedPool } from '../../../harness/moto-seed.js';
import { sdkCall, type SdkCall } from '../../support/sdk-call.js';
import { exportedRecords } from '../../users/support/exported-records.js';

async function exportLines(sdk: SdkCall, userPoolId: string): Promise<string[]> {
  return (await exportedRecords(exportUsers(sdk.call, { userPoolId }))).map(jsonLine);
}

describe('restoring into moto', { skip: !requireMoto() }, () => {
  let moto: Emulator;
  let sdk: SdkCall;
  let source: string;
  let exportFile: string;
  const userCount = 60;
  const newPool = async (name: string) => String(((await sdk.call('CreateUserPool', { PoolName: name })).UserPool as { Id: string }).Id);

  before(async () => {
    moto = await startMoto();
    sdk = sdkCall(moto.endpoint);
    source = await seedPool(moto.endpoint, {
      name: 'source',
      groups: ['admins', 'staff'],
      users: Array.from({ length: userCount }, (_, n) => {
        const username = `member${n}`;
        return {
          username,
          attributes: [
            { Name: 'email', Value: `${username}@example.com` },
            { Name: 'email_verified', Value: n % 2 ? 'true' : 'false' },
            { Name: 'name', Value: `Member "${n}", é` },
          ],
          groups: [...(n % 3 === 0 ? ['admins'] : []), ...(n % 4 === 0 ? ['staff'] : [])],
          disabled: n % 5 === 0,
        };
      }),
    });
    exportFile = join(mkdtempSync(join(tmpdir(), 'restore-')), 'users.jsonl');
    writeFileSync(exportFile, `${(await exportLines(sdk, source)).join('\n')}\n`);
  });
  after(async () => {
    sdk?.destroy();
    await moto?.stop();
  });

  /**
   * What a restore must carry over: attributes but sub, enabled state, groups. A user's Groups
   * follow ListGroups order, which in the target is the order concurrent requests created them in.
   */
  const comparable = (line: string) => {
    const user = JSON.parse(line) as { Username: string; Attributes: Array<{ Name: string; Value: string }>; Enabled: boolean; Groups: string[] };
    const attributes = user.Attributes.filter((a) => a.Name !== 'sub').sort((a, b) => a.Name.localeCompare(b.Name));
    return { Username: user.Username, attributes, Enabled: user.Enabled, Groups: [...user.Groups].sort() };
  };
  const byName = (lines: string[]) => lines.map(comparable).sort((a, b) => a.Username.localeCompare(b.Username));

  test('an empty pool gets the same users, attributes, states and memberships; a re-run creates nothing', async () => {
    const target = await newPool('target');
    const first = await restoreUsers(sdk.call, fileLines(exportFile), { userPoolId: target });
    assert.deepEqual(first, { Created: userCount, Skipped: 0, Failed: [] });
    const source = byName(await exportLines(sdk, sourcePool()));
    const restored = byName(await exportLines(sdk, target));
    assert.deepEqual(restored, source);
    assert.ok(restored.some((user) => !user.Enabled) && restored.some((user) => user.Groups.length === 2));

    const groups = (await sdk.call('ListGroups', { UserPoolId: target })).Groups as Array<{ GroupName: string }>;
    assert.deepEqual(groups.map((group) => group.GroupName).sort(), ['admins', 'staff']);

    const second = await restoreUsers(sdk.call, fileLines(exportFile), { userPoolId: target, concurrency: 8 });
    assert.deepEqual(second, { Created: 0, Skipped: userCount, Failed: [] });
    assert.deepEqual(byName(await exportLines(sdk, target)), source);
  });

  test('a dry run counts without writing', async () => {
    const empty = await newPool('dry');
    sdk.sent.length = 0;
    const counted = await restoreUsers(sdk.call, fileLines(exportFile), { userPoolId: empty, dryRun: true });
    assert.deepEqual(counted, { Created: userCount, Skipped: 0, Failed: [] });
    assert.deepEqual(new Set(sdk.sent), new Set(['ListGroups', 'AdminGetUser']));
    assert.deepEqual((await sdk.call('ListUsers', { UserPoolId: empty })).Users, []);

    const full = await restoreUsers(sdk.call, fileLines(exportFile), { userPoolId: sourcePool(), dryRun: true });
    assert.deepEqual(full, { Created: 0, Skipped: userCount, Failed: [] });
  });

  const sourcePool = () => source;
});

