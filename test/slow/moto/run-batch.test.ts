/** The batch runner through the CLI in-process against moto: real users created, real refusals. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { BatchRecord, LineResult } from '../../../src/batch/batch-record.js';
import { runBatch, type BatchOptions } from '../../../src/batch/run-batch.js';
import { requireMoto, startMoto, type Emulator } from '../support/emulators.js';
import { runCli } from '../../support/run-cli.js';

async function batch(options: Omit<BatchOptions, 'onRecord'>): Promise<{ ok: boolean; records: BatchRecord[] }> {
  const records: BatchRecord[] = [];
  const ok = await runBatch({ ...options, onRecord: (record) => void records.push(record) });
  return { ok, records };
}

describe('batch through the CLI in-process against moto', { skip: !requireMoto() }, () => {
  let moto: Emulator;
  let poolId: string;
  const runLine = async (argv: string[]): Promise<LineResult> => {
    const result = await runCli([...argv, '--endpoint-url', moto.endpoint]);
    return { exitCode: result.code, stdout: result.stdout, stderr: result.stderr };
  };
  before(async () => {
    moto = await startMoto();
    const created = await runCli(['create-user-pool', '--pool-name', 'batch', '--endpoint-url', moto.endpoint]);
    poolId = JSON.parse(created.stdout).UserPool.Id;
  });
  after(() => moto?.stop());

  test('100 admin-create-user lines, 8 at a time: one record per line, in order, every user created', async () => {
    const lines = ['# create a hundred users'];
    for (let i = 0; i < 100; i++) {
      lines.push(`admin-create-user --user-pool-id ${poolId} --username 'user ${i}' --user-attributes Name=email,Value=u${i}@example.com "Name=name,Value='Ü ${i}'" --message-action SUPPRESS`);
    }
    const { ok, records } = await batch({ lines, runLine, concurrency: 8 });
    assert.equal(ok, true, JSON.stringify(records.find((r) => r.ExitCode !== 0)));
    assert.deepEqual(records.map((r) => r.Line), Array.from({ length: 100 }, (_, i) => i + 2));
    records.forEach((record, i) => {
      const user = (record.Output as { User: { Username: string; Attributes: Array<{ Name: string; Value: string }> } }).User;
      assert.equal(user.Username, `user ${i}`);
      assert.ok(user.Attributes.some((a) => a.Name === 'name' && a.Value === `Ü ${i}`));
    });
    const listed = await runCli(['list-users', '--user-pool-id', poolId, '--endpoint-url', moto.endpoint, '--query', 'length(Users)']);
    assert.equal(listed.stdout.trim(), '100');
  });

  test('stop at the first failure, or run every line with continueOnError', async () => {
    const lines = [
      `admin-get-user --user-pool-id ${poolId} --username 'user 1'`,
      `admin-get-user --user-pool-id ${poolId} --username nobody`,
      `admin-get-user --user-pool-id ${poolId} --username 'user 2'`,
      'list-users --no-such-option',
      `describe-user-pool --user-pool-id ${poolId} --output text --query UserPool.Name`,
    ];
    const stopped = await batch({ lines, runLine, concurrency: 1 });
    assert.equal(stopped.ok, false);
    assert.deepEqual(stopped.records.map((r) => r.ExitCode), [0, 254]);
    assert.equal(stopped.records[1].Error, 'An error occurred (UserNotFoundException) when calling the AdminGetUser operation: User does not exist.');

    const all = await batch({ lines, runLine, concurrency: 2, continueOnError: true });
    assert.equal(all.ok, false);
    assert.deepEqual(all.records.map((r) => [r.Line, r.ExitCode]), [[1, 0], [2, 254], [3, 0], [4, 252], [5, 0]]);
    assert.equal(all.records[4].Output, 'batch');
  });
});
