/** export-users' one-line JSON against CPython's json.dumps(..., ensure_ascii=False). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { writeJsonLines } from '../../../src/users/export-writers.js';
import { exportUsers } from '../../../src/users/export-users.js';
import { motoAvailable } from '../support/emulators.js';
import { startFakeUserPool } from '../../../harness/fake-user-pool.js';
import { sdkCall } from '../../support/sdk-call.js';

function collector() {
  const sink = { text: '', write: (chunk: string) => void (sink.text += chunk) };
  return sink;
}

test('matches CPython for the records of a fake pool', { skip: !motoAvailable() && 'python3 with moto is not installed' }, async () => {
  const pool = await startFakeUserPool({ users: 50, groups: 3 });
  const sdk = sdkCall(pool.endpoint);
  try {
    const sink = collector();
    await writeJsonLines(exportUsers(sdk.call, { userPoolId: pool.poolId }), sink);
    const python = spawnSync('python3', ['-c', 'import json,sys\nfor l in sys.stdin: print(json.dumps(json.loads(l), ensure_ascii=False))'], {
      input: sink.text,
      encoding: 'utf8',
    });
    assert.equal(python.status, 0, python.stderr);
    assert.equal(sink.text.split('\n').length, 51);
    assert.equal(sink.text, python.stdout);
  } finally {
    sdk.destroy();
    await pool.stop();
  }
});
