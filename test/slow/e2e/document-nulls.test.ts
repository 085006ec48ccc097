/** A document member given JSON null, through the built bin/cognito-idp (in-process: test/client/document-nulls.test.ts). */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startRecorder, type Recorder } from '../../support/recorder.js';
import { runBin, testEnv } from '../../support/run-cli.js';

describe('a document member given JSON null', () => {
  let recorder: Recorder;
  before(async () => (recorder = await startRecorder()));
  after(() => recorder.stop());

  const sent = () => recorder.requests.at(-1)!;

  test('from --cli-input-json too, and through the built bin', async () => {
    const result = await runBin(
      ['complete-web-authn-registration', '--cli-input-json', '{"Credential": null, "AccessToken": "t"}', '--endpoint-url', recorder.endpoint],
      testEnv(),
    );
    assert.equal(result.code, 0, result.stderr);
    assert.equal(sent().body, '{"AccessToken":"t","Credential":null}');
  });
});
