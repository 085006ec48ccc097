/** `cognito-idp ... | head -1`: when the reader goes away, the run ends quietly with exit 0. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { answerJson, startRecorder, type Recorder } from '../../support/recorder.js';
import { binPath, testEnv } from '../../support/run-cli.js';

const users = Array.from({ length: 5000 }, (_, i) => ({
  Username: `user${i}`,
  Attributes: [{ Name: 'email', Value: `user${i}@example.com` }],
  UserCreateDate: 1548099495.428,
  Enabled: true,
  UserStatus: 'CONFIRMED',
}));

/** Runs the binary, reads its first chunk of stdout, then closes the pipe as `head -1` would. */
function runAndCloseEarly(args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; first: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], { env: testEnv() as NodeJS.ProcessEnv });
    let stderr = '';
    let first = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', (chunk) => {
      first = String(chunk);
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr, first }));
  });
}

describe('a closed stdout pipe', () => {
  let recorder: Recorder;
  before(async () => {
    recorder = await startRecorder();
    recorder.respondWith(answerJson({ Users: users }));
  });
  after(() => recorder.stop());

  for (const format of ['json', 'text', 'table', 'yaml']) {
    test(`--output ${format}: no error text, exit 0`, async () => {
      const result = await runAndCloseEarly(['list-users', '--user-pool-id', 'p', '--no-paginate', '--output', format, '--endpoint-url', recorder.endpoint]);
      assert.notEqual(result.first, '');
      assert.equal(result.stderr, '');
      assert.deepEqual([result.code, result.signal], [0, null]);
    });
  }
});
