import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startRecorder, type Recorder } from '../../support/recorder.js';
import { runners, testEnv } from '../../support/run-cli.js';

for (const [how, run] of runners) describe(`credentials and signing (${how})`, () => {
  let recorder: Recorder;
  const dir = mkdtempSync(join(tmpdir(), 'cognito-idp-creds-'));
  const credentialsFile = join(dir, 'credentials');
  writeFileSync(credentialsFile, '[ci]\naws_access_key_id = AKIAPROFILE\naws_secret_access_key = profile-secret\n');

  before(async () => (recorder = await startRecorder()));
  after(() => recorder.stop());

  const call = (env = testEnv(), ...extra: string[]) =>
    run(['list-user-pools', '--max-results', '5', '--endpoint-url', recorder.endpoint, ...extra], env);
  const credentialOf = () => /Credential=([^/]+)\//.exec(String(recorder.requests.at(-1)?.headers.authorization))?.[1];

  test('keys in the environment sign the request', async () => {
    assert.equal((await call(testEnv({ AWS_ACCESS_KEY_ID: 'AKIAENV' }))).code, 0);
    assert.equal(credentialOf(), 'AKIAENV');
    assert.equal(recorder.requests.at(-1)?.headers['x-amz-target'], 'AWSCognitoIdentityProviderService.ListUserPools');
  });

  test('--profile wins over keys in the environment; AWS_PROFILE does not', async () => {
    const env = testEnv({ AWS_ACCESS_KEY_ID: 'AKIAENV', AWS_SHARED_CREDENTIALS_FILE: credentialsFile });
    assert.equal((await call(env, '--profile', 'ci')).code, 0);
    assert.equal(credentialOf(), 'AKIAPROFILE');
    const viaVariable = testEnv({ AWS_ACCESS_KEY_ID: 'AKIAENV', AWS_PROFILE: 'ci', AWS_SHARED_CREDENTIALS_FILE: credentialsFile });
    assert.equal((await call(viaVariable)).code, 0);
    assert.equal(credentialOf(), 'AKIAENV');
    const profileOnly = testEnv({ AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined, AWS_PROFILE: 'ci', AWS_SHARED_CREDENTIALS_FILE: credentialsFile });
    assert.equal((await call(profileOnly)).code, 0);
    assert.equal(credentialOf(), 'AKIAPROFILE');
  });

  test('--no-sign-request sends no Authorization header and needs no credentials', async () => {
    const env = testEnv({ AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined });
    assert.equal((await call(env, '--no-sign-request')).code, 0);
    assert.equal(recorder.requests.at(-1)?.headers.authorization, undefined);
  });

  test('the body is the AWS JSON protocol request', async () => {
    await call();
    const request = recorder.requests.at(-1)!;
    assert.equal(request.method, 'POST');
    assert.equal(request.path, '/');
    assert.equal(request.headers['content-type'], 'application/x-amz-json-1.1');
    assert.deepEqual(JSON.parse(request.body), { MaxResults: 5 });
  });
});
