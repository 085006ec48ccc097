/**
 * Every seed example, with `aws cognito-idp` replaced by ours, sends the request the AWS CLI v1 sent
 * (recorded in test/fixtures/seed-examples.json by tools/record-seed-examples.ts --record).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startRecorder, type Recorder } from '../support/recorder.js';
import { runCli } from '../support/run-cli.js';
import { readFixture } from '../../harness/seeds/seed-fixture.js';

const examples = readFixture() ?? [];

describe('seed examples send what the AWS CLI sends', () => {
  let recorder: Recorder;
  before(async () => (recorder = await startRecorder()));
  after(() => recorder?.stop());

  test('the fixture holds every example with a recording', () => {
    assert.ok(examples.length >= 75, `only ${examples.length} examples in the fixture`);
    for (const example of examples) assert.ok(example.aws, `${example.source} ${example.id} has no AWS CLI recording`);
  });

  for (const example of examples) {
    const aws = example.aws!;
    const accepted = aws.exitCode === 0;
    test(`${example.source.slice(0, 3)} ${example.id}: ${accepted ? 'same request body' : 'rejected with exit 252'}`, async () => {
      recorder.requests.length = 0;
      const result = await runCli([...example.argv, '--endpoint-url', recorder.endpoint]);
      const sent = recorder.requests.map((request) => ({
        target: String(request.headers['x-amz-target']),
        body: JSON.parse(request.body || 'null') as unknown,
      }));
      if (accepted) {
        assert.equal(result.code, 0, result.stderr);
        assert.deepEqual(sent, aws.requests);
      } else {
        assert.deepEqual(sent, [], `the AWS CLI sent nothing (${aws.stderr})`);
        assert.equal(result.code, 252, result.stderr);
        assert.match(result.stderr, /\S/);
      }
    });
  }
});
