import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startRecorder, type Recorder } from '../../support/recorder.js';
import { runBin } from '../../support/run-cli.js';

describe('bin/cognito-idp', () => {
  let recorder: Recorder;
  before(async () => (recorder = await startRecorder()));
  after(() => recorder.stop());

  test('--version names the program', async () => {
    const result = await runBin(['--version']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^cognito-idp\/\d+\.\d+\.\d+ /);
  });

  test('sends a request and prints nothing on stderr, SDK notices included', async () => {
    const result = await runBin(['admin-disable-user', '--user-pool-id', 'p', '--username', 'u', '--endpoint-url', recorder.endpoint]);
    assert.deepEqual(result, { code: 0, stdout: '', stderr: '' });
    assert.equal(recorder.requests.at(-1)?.operation, 'AdminDisableUser');
  });

  test('bad input is one error line on stderr, after the usage lines, and exit 252', async () => {
    const result = await runBin(['admin-disable-user', '--user-pool-id', 'p']);
    assert.equal(result.code, 252);
    assert.equal(
      result.stderr,
      'usage: cognito-idp [options] <operation> [parameters]\nTo see help text, you can run:\n\n  cognito-idp help\n  cognito-idp <operation> help\n' +
        'cognito-idp: error: the following arguments are required: --username\n',
    );
  });
});
