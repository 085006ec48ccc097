/** A list option takes the words up to the next --option, and none at all is an empty list (argparse's nargs='*'). */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startRecorder, type Recorder } from '../support/recorder.js';
import { runCli, testEnv } from '../support/run-cli.js';

describe('list options', () => {
  let recorder: Recorder;
  before(async () => (recorder = await startRecorder()));
  after(() => recorder.stop());

  const cases: Array<[string, (endpoint: string) => string[], unknown]> = [
    ['no values, then another option', (e) => ['--attributes-to-get', '--endpoint-url', e], []],
    ['no values, last on the line', (e) => ['--endpoint-url', e, '--attributes-to-get'], []],
    ['values up to the next option', (e) => ['--attributes-to-get', 'email', 'name', '--endpoint-url', e], ['email', 'name']],
  ];
  for (const [name, args, expected] of cases) {
    test(name, async () => {
      const start = recorder.requests.length;
      const result = await runCli(['list-users', '--user-pool-id', 'us-east-1_a', ...args(recorder.endpoint)], testEnv());
      assert.equal(result.code, 0, result.stderr);
      assert.equal(recorder.requests.length, start + 1, 'the request went to the --endpoint-url given');
      assert.deepEqual((recorder.lastBody() as { AttributesToGet?: unknown }).AttributesToGet, expected);
    });
  }
});
