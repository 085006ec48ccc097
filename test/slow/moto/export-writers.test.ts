/** CSV export from moto: the header from the pool's schema, one row per user. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { csvColumns } from '../../../src/users/csv-columns.js';
import { writeCsv } from '../../../src/users/export-writers.js';
import { exportUsers } from '../../../src/users/export-users.js';
import { requireMoto, startMoto, type Emulator } from '../support/emulators.js';
import { seedPool } from '../../../harness/moto-seed.js';
import { sdkCall, type SdkCall } from '../../support/sdk-call.js';

function collector() {
  const sink = { text: '', write: (chunk: string) => void (sink.text += chunk) };
  return sink;
}

describe('CSV export from moto', { skip: !requireMoto() }, () => {
  let moto: Emulator;
  let sdk: SdkCall;
  before(async () => {
    moto = await startMoto();
    sdk = sdkCall(moto.endpoint);
  });
  after(async () => {
    sdk?.destroy();
    await moto?.stop();
  });

  test("a header from the pool's schema and one row per user", async () => {
    const names = ['ann', 'bo, "b"', 'çé'];
    const poolId = await seedPool(moto.endpoint, {
      name: 'csv',
      schema: [{ Name: 'dept', AttributeDataType: 'String', Mutable: true }],
      users: names.map((name, i) => ({
        username: `u${i}`,
        attributes: [{ Name: 'name', Value: name }, { Name: 'email', Value: `u${i}@example.com` }, { Name: 'custom:dept', Value: `d${i}` }],
      })),
      concurrency: 1,
    });
    const columns = await csvColumns(sdk.call, poolId);
    assert.deepEqual(columns.slice(-3), ['custom:dept', 'cognito:mfa_enabled', 'cognito:username']);
    assert.ok(!columns.includes('sub'));
    const sink = collector();
    assert.equal(await writeCsv(exportUsers(sdk.call, { userPoolId: poolId }), sink, columns), 3);
    const [header, ...rows] = parse(sink.text) as string[][];
    assert.deepEqual(header, columns);
    const column = (row: string[], name: string) => row[columns.indexOf(name)];
    assert.deepEqual(rows.map((row) => column(row, 'cognito:username')).sort(), ['u0', 'u1', 'u2']);
    for (const row of rows) {
      const i = Number(column(row, 'cognito:username').slice(1));
      assert.equal(column(row, 'name'), names[i]);
      assert.equal(column(row, 'custom:dept'), `d${i}`);
      assert.equal(column(row, 'cognito:mfa_enabled'), 'false');
    }
  });
});
