/** Faults of the network and the service: each ends in one clear line on stderr and the right exit code. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { answerJson, startRecorder, type Recorder } from '../../support/recorder.js';
import { freePort } from '../../support/ports.js';
import { runners, testEnv } from '../../support/run-cli.js';

const noStackTrace = (stderr: string) => assert.doesNotMatch(stderr, /\n\s+at .+\(.*:\d+:\d+\)/);

for (const [how, run] of runners) describe(`faults of the network and the service (${how})`, () => {
  let recorder: Recorder;
  before(async () => (recorder = await startRecorder()));
  after(() => recorder.stop());

  const listPools = (...extra: string[]) => ['list-user-pools', '--max-results', '5', '--endpoint-url', recorder.endpoint, ...extra];
  const attempts = (n: number) => testEnv({ AWS_MAX_ATTEMPTS: String(n) });
  const sentSince = (start: number) => recorder.requests.slice(start);

  test('a refused connection is retried, then exit 255 naming the URL', async () => {
    const port = await freePort();
    const result = await run(['list-user-pools', '--max-results', '1', '--endpoint-url', `http://127.0.0.1:${port}`], attempts(2));
    assert.equal(result.code, 255);
    assert.equal(result.stderr, `Could not connect to the endpoint URL: "http://127.0.0.1:${port}/"\n`);
    assert.equal(result.stdout, '');
  });

  test('an endpoint that never answers ends at the read timeout, exit 255', async () => {
    recorder.respondWith(() => {});
    const start = recorder.requests.length;
    const result = await run(listPools('--cli-read-timeout', '1'), attempts(1));
    assert.equal(result.code, 255);
    assert.equal(result.stderr, `Read timeout on endpoint URL: "${recorder.endpoint}/"\n`);
    assert.equal(sentSince(start).length, 1);
  });

  test('a read timeout is retried like any connection error', async () => {
    recorder.respondWith(() => {});
    const start = recorder.requests.length;
    const result = await run(listPools('--cli-read-timeout', '1'), attempts(2));
    assert.equal(result.code, 255);
    assert.equal(sentSince(start).length, 2);
  });

  for (const status of [500, 503]) {
    test(`${status} answers are retried up to the attempt limit, then a clean error (254)`, async () => {
      recorder.respondWith((_request, response) => {
        response.writeHead(status);
        response.end();
      });
      const start = recorder.requests.length;
      const result = await run(listPools(), attempts(3));
      assert.equal(sentSince(start).length, 3);
      assert.equal(result.code, 254);
      const phrase = status === 500 ? 'Internal Server Error' : 'Service Unavailable';
      assert.equal(result.stderr, `An error occurred (${status}) when calling the ListUserPools operation (reached max retries: 2): ${phrase}\n`);
      assert.equal(result.stdout, '');
    });
  }

  test('a 503 that recovers prints the answer (exit 0)', async () => {
    let calls = 0;
    recorder.respondWith((request, response) => {
      if (++calls === 1) return void response.writeHead(503).end('<html><body>busy</body></html>');
      answerJson({ UserPools: [{ Id: 'us-east-1_a', Name: 'a' }] })(request, response);
    });
    const result = await run(listPools(), attempts(3));
    assert.equal(result.code, 0, result.stderr);
    assert.equal(calls, 2);
    assert.match(result.stdout, /"Id": "us-east-1_a"/);
  });

  test('throttling is retried and the call succeeds when the service lets it through', async () => {
    let calls = 0;
    recorder.respondWith((request, response) => {
      if (++calls <= 2) return answerJson({ __type: 'ThrottlingException', message: 'Rate exceeded' }, 400)(request, response);
      answerJson({ UserPools: [] })(request, response);
    });
    const result = await run(listPools(), attempts(3));
    assert.equal(calls, 3);
    assert.deepEqual(result, { code: 0, stdout: '{\n    "UserPools": []\n}\n', stderr: '' });
  });

  test('throttling that never stops ends with the service error and the retry count (254)', async () => {
    recorder.respondWith(answerJson({ __type: 'com.amazonaws#TooManyRequestsException', message: 'Too many requests' }, 400));
    const start = recorder.requests.length;
    const result = await run(listPools(), attempts(2));
    assert.equal(sentSince(start).length, 2);
    assert.equal(result.code, 254);
    assert.equal(
      result.stderr,
      'An error occurred (TooManyRequestsException) when calling the ListUserPools operation (reached max retries: 1): Too many requests\n',
    );
  });

  test('a client error other than throttling is not retried', async () => {
    recorder.respondWith(answerJson({ __type: 'NotAuthorizedException', message: 'Access denied' }, 400));
    const start = recorder.requests.length;
    const result = await run(listPools(), attempts(5));
    assert.equal(sentSince(start).length, 1);
    assert.equal(result.code, 254);
    assert.equal(result.stderr, 'An error occurred (NotAuthorizedException) when calling the ListUserPools operation: Access denied\n');
  });

  test('a malformed JSON answer is exit 255 with one line, nothing on stdout', async () => {
    recorder.respondWith(answerJson('{"UserPools": [{"Id": "x",]'));
    const result = await run(listPools(), attempts(1));
    assert.equal(result.code, 255);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr.split('\n').filter(Boolean).length, 1);
    assert.match(result.stderr, new RegExp(`^Unable to parse response from ${recorder.endpoint}/`));
    noStackTrace(result.stderr);
  });

  test('an answer cut off before its declared length is exit 255, nothing on stdout', async () => {
    recorder.respondWith((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'content-length': '400' });
      response.write('{"UserPools": [{"Id": "us-east-1_a", "Na');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const result = await run(listPools(), attempts(1));
    assert.equal(result.code, 255);
    assert.equal(result.stdout, '');
    assert.equal(
      result.stderr,
      `Connection was closed before we received a valid response from endpoint URL: "${recorder.endpoint}/".\n`,
    );
  });

  test('a connection closed before any answer is retried', async () => {
    recorder.respondWith((_request, response) => response.socket?.destroy());
    const start = recorder.requests.length;
    const result = await run(listPools(), attempts(2));
    assert.equal(sentSince(start).length, 2);
    assert.equal(result.code, 255);
  });
});

for (const [how, run] of runners) describe(`faults of configuration and input (${how})`, () => {
  let recorder: Recorder;
  before(async () => (recorder = await startRecorder()));
  after(() => recorder.stop());
  const at = (...args: string[]) => [...args, '--endpoint-url', recorder.endpoint];

  test('no credentials anywhere is 253 and nothing is sent', async () => {
    const env = testEnv({ AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined });
    const result = await run(at('admin-get-user', '--user-pool-id', 'p', '--username', 'u'), env);
    assert.equal(result.code, 253);
    assert.equal(result.stderr, 'Unable to locate credentials. You can configure credentials by running "aws configure".\n');
    assert.equal(recorder.requests.length, 0);
  });

  test('an unknown profile is 253, from the flag and from AWS_PROFILE', async () => {
    const fromFlag = await run(at('list-user-pools', '--max-results', '1', '--profile', 'missing'));
    assert.equal(fromFlag.code, 253);
    assert.equal(fromFlag.stderr, 'The config profile (missing) could not be found\n');
    const fromEnv = await run(at('list-user-pools', '--max-results', '1'), testEnv({ AWS_PROFILE: 'gone' }));
    assert.equal(fromEnv.code, 253);
    assert.equal(fromEnv.stderr, 'The config profile (gone) could not be found\n');
    assert.equal(recorder.requests.length, 0);
  });

  test('a missing file:// file is 252 and names the file', async () => {
    const path = '/nonexistent/dir/attributes.json';
    const result = await run(at('admin-create-user', '--user-pool-id', 'p', '--username', 'u', '--user-attributes', `file://${path}`));
    assert.equal(result.code, 252);
    assert.equal(result.stderr.split('\n').filter(Boolean).length, 1);
    assert.ok(result.stderr.includes(path), result.stderr);
    assert.equal(recorder.requests.length, 0);
  });

  test('an endpoint URL that is not a URL is 252', async () => {
    const result = await run(['list-user-pools', '--max-results', '1', '--endpoint-url', 'not a url']);
    assert.equal(result.code, 252);
    // After a blank line, as the AWS CLI prints a refused value.
    assert.equal(result.stderr, '\nInvalid endpoint: not a url\n');
  });
});
