/** `npm run demo`: the local admin session end to end, and read-only behaviour with an account configured. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { answerJson, startRecorder, type Recorder } from '../../support/recorder.js';
import { runProcess, type CliResult } from '../../support/run-cli.js';

const demo = fileURLToPath(new URL('../../../scripts/demo.mjs', import.meta.url));

function runDemo(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  return runProcess(process.execPath, [demo, ...args], env);
}

describe('npm run demo', () => {
  let home: string;
  before(() => void (home = mkdtempSync(join(tmpdir(), 'demo-home-'))));
  after(() => rmSync(home, { recursive: true, force: true }));

  test('with no AWS account configured, runs the admin session against a local emulator', async () => {
    const result = await runDemo([], { PATH: process.env.PATH, HOME: home });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /^Started (moto|cognito-local) at http:\/\/127\.0\.0\.1:\d+/);
    const commands = [...result.stdout.matchAll(/^\$ cognito-idp (\S+)/gm)].map((match) => match[1]);
    assert.deepEqual(commands, [
      'create-user-pool', 'create-user-pool-client', 'admin-create-user', 'admin-create-user', 'create-group',
      'admin-add-user-to-group', 'list-users', 'list-groups', 'admin-list-groups-for-user', 'admin-set-user-password',
      'admin-initiate-auth', 'sign-in', 'decode-token', 'secret-hash', 'export-users', 'export-users', 'batch',
    ]);
    assert.match(result.stdout, /"Username": "diego@example\.com"/);
    assert.match(result.stdout, /"GroupName": "admins"/);
    assert.match(result.stdout, /"AuthenticationResult": \{\n {8}"AccessToken": "/);
    assert.match(result.stdout, /"user": "diego@example\.com",\n {4}"token_use": "id",\n {4}"issuer": "/);
    assert.match(result.stdout, /"SecretHash": "[A-Za-z0-9+/]{43}="/);
    assert.match(result.stdout, /^\{"Username": "diego@example\.com", .*"Groups": \["admins"\]\}$/m);
    assert.match(result.stdout, /^\{"user": "diego@example\.com", "enabled": true, "groups": \["admins"\]\}$/m);
    assert.match(result.stdout, /^\{"Line": 1, "ExitCode": 0, "Output": "FORCE_CHANGE_PASSWORD"\}\n\{"Line": 2, "ExitCode": 0, "Output": \["diego@example\.com"\]\}$/m);
    assert.match(result.stdout, /\nStopped (moto|cognito-local)\.\n$/);
    assert.equal(result.stderr, '');
  });

  test('runs the same session on cognito-local, the emulator used where moto is not installed', async () => {
    const result = await runDemo(['--emulator=cognito-local'], { PATH: process.env.PATH, HOME: home });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /^Started cognito-local at /);
    assert.match(result.stdout, /"AuthenticationResult": \{\n {8}"AccessToken": "/);
  });

  describe('with an AWS account configured', () => {
    let recorder: Recorder;
    before(async () => {
      recorder = await startRecorder();
      recorder.respondWith(answerJson({ UserPools: [{ Id: 'us-east-1_example', Name: 'Existing' }] }));
    });
    after(() => recorder.stop());

    test('only reads, and says how to run the session locally', async () => {
      const result = await runDemo([], {
        PATH: process.env.PATH,
        HOME: home,
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'secret',
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL: recorder.endpoint,
        AWS_CONFIG_FILE: '/dev/null',
        AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
      });
      assert.equal(result.code, 0, result.stdout + result.stderr);
      assert.deepEqual(recorder.requests.map((request) => request.operation), ['ListUserPools']);
      assert.match(result.stdout, /"Name": "Existing"/);
      assert.match(result.stdout, /npm run demo -- --local/);
      assert.doesNotMatch(result.stdout, /Started (moto|cognito-local)/);
    });
  });
});
