/**
 * Command lines against a recording endpoint: the request sent must equal what the AWS CLI v1 sent
 * for the same command line (recorded by tools/shorthand-diff/record-request-fixtures.ts), and
 * where it refused, we refuse with exit 252 and send nothing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { startRecorder, type Recorder } from '../support/recorder.js';
import { runCli } from '../support/run-cli.js';

interface RecordedRequest {
  args: string[];
  sent: unknown;
}

const recorded = JSON.parse(readFileSync(new URL('./fixtures/requests.json', import.meta.url), 'utf8')) as RecordedRequest[];

describe('requests built from parameter values, as the AWS CLI builds them', () => {
  let recorder: Recorder;
  before(async () => (recorder = await startRecorder()));
  after(() => recorder.stop());

  for (const { args, sent } of recorded) {
    test(args.join(' ').slice(0, 160) || '(no parameters)', async () => {
      recorder.requests.length = 0;
      const result = await runCli([...args, '--endpoint-url', recorder.endpoint]);
      if (sent === null) {
        assert.equal(recorder.requests.length, 0, 'nothing is sent');
        assert.equal(result.code, 252, result.stderr);
        assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace');
      } else {
        assert.equal(result.code, 0, result.stderr);
        assert.deepEqual(recorder.lastBody(), sent);
      }
    });
  }
});
