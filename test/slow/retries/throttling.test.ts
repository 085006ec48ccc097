/** Throttled bulk listings: retries with backoff, as many attempts as the environment or profile allow. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { answerJson, startRecorder, type Recorder } from '../../support/recorder.js';
import { runCli, testEnv } from '../../support/run-cli.js';

const throttled = answerJson({ __type: 'TooManyRequestsException', message: 'Too many requests' }, 400);

describe('a throttling service', () => {
  let recorder: Recorder;
  before(async () => (recorder = await startRecorder()));
  after(() => recorder?.stop());
  beforeEach(() => void (recorder.requests.length = 0));

  /** Throttles the first `times` requests, then answers one page. */
  function throttleFirst(times: number): void {
    recorder.respondWith((request, response) => {
      if (recorder.requests.length <= times) return throttled(request, response);
      answerJson({ Users: [{ Username: 'u' }] })(request, response);
    });
  }
  const listUsers = (env = testEnv()) => runCli(['list-users', '--user-pool-id', 'p', '--endpoint-url', recorder.endpoint], env);

  test('throttling is retried, by default up to 3 attempts', async () => {
    throttleFirst(2);
    const ok = await listUsers();
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(recorder.requests.length, 3);

    recorder.requests.length = 0;
    throttleFirst(3);
    const failed = await listUsers();
    assert.equal(failed.code, 254);
    assert.equal(failed.stderr, 'An error occurred (TooManyRequestsException) when calling the ListUsers operation (reached max retries: 2): Too many requests\n');
    assert.equal(recorder.requests.length, 3);
  });

  test('AWS_MAX_ATTEMPTS and AWS_RETRY_MODE set the attempts', async () => {
    throttleFirst(1);
    const once = await listUsers(testEnv({ AWS_MAX_ATTEMPTS: '1' }));
    assert.equal(once.code, 254);
    assert.equal(recorder.requests.length, 1);

    recorder.requests.length = 0;
    throttleFirst(4);
    const adaptive = await listUsers(testEnv({ AWS_RETRY_MODE: 'adaptive', AWS_MAX_ATTEMPTS: '5' }));
    assert.equal(adaptive.code, 0, adaptive.stderr);
    assert.equal(recorder.requests.length, 5);
  });

  test("the profile's retry_mode and max_attempts apply when the environment says nothing", async () => {
    const config = join(mkdtempSync(join(tmpdir(), 'retry-')), 'config');
    writeFileSync(config, '[profile bulk]\nregion = us-east-1\nretry_mode = standard\nmax_attempts = 4\n');
    throttleFirst(3);
    const env = testEnv({ AWS_CONFIG_FILE: config, AWS_PROFILE: 'bulk', AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined });
    const credentials = join(config, '..', 'credentials');
    writeFileSync(credentials, '[bulk]\naws_access_key_id = a\naws_secret_access_key = b\n');
    const result = await listUsers({ ...env, AWS_SHARED_CREDENTIALS_FILE: credentials });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(recorder.requests.length, 4);
  });

  test('each page of a listing is retried on its own', async () => {
    let calls = 0;
    recorder.respondWith((request, response) => {
      calls++;
      if (calls === 2) return throttled(request, response);
      const token = JSON.parse(request.body).PaginationToken;
      answerJson(token ? { Users: [{ Username: 'b' }] } : { Users: [{ Username: 'a' }], PaginationToken: 'next' })(request, response);
    });
    const result = await listUsers();
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout).Users, [{ Username: 'a' }, { Username: 'b' }]);
    assert.equal(recorder.requests.length, 3);
  });

  test('an invalid retry mode or attempt count is a configuration error (253)', async () => {
    const mode = await listUsers(testEnv({ AWS_RETRY_MODE: 'eager' }));
    assert.equal(mode.code, 253);
    assert.equal(mode.stderr, 'Invalid value provided to "mode": "eager" must be one of: legacy, standard, adaptive\n');
    const attempts = await listUsers(testEnv({ AWS_MAX_ATTEMPTS: 'zero' }));
    assert.equal(attempts.code, 253);
    assert.match(attempts.stderr, /^Value provided to max_attempts: zero must be an integer greater than or equal to 1\.$/m);
    assert.equal(recorder.requests.length, 0);
  });
});
