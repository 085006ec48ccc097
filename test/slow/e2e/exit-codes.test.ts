import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { after, before, describe, test } from 'node:test';
import { startRecorder, answerJson, type Recorder } from '../../support/recorder.js';
import { freePort } from '../../support/ports.js';
import { runners, testEnv } from '../../support/run-cli.js';

for (const [how, run] of runners) describe(`exit codes and error lines (${how})`, () => {
  let recorder: Recorder;
  before(async () => (recorder = await startRecorder()));
  after(() => recorder.stop());

  const at = (...args: string[]) => [...args, '--endpoint-url', recorder.endpoint];

  test('a missing required parameter is 252 and nothing is sent', async () => {
    const sent = recorder.requests.length;
    const result = await run(at('admin-get-user', '--user-pool-id', 'p'));
    assert.equal(result.code, 252);
    assert.match(result.stderr, /^usage: cognito-idp .*\ncognito-idp: error: the following arguments are required: --username\n$/s);
    assert.equal(recorder.requests.length, sent);
  });

  test('an unknown option is 252, named with its value', async () => {
    const result = await run(at('admin-get-user', '--user-pool-id', 'p', '--username', 'u', '--bogus', '1'));
    assert.equal(result.code, 252);
    assert.match(result.stderr, /^usage: cognito-idp .*\n\nUnknown options: --bogus, 1\n$/s);
  });

  test('a value of the wrong type is 252', async () => {
    const result = await run(at('create-group', '--user-pool-id', 'p', '--group-name', 'g', '--precedence', 'abc'));
    assert.equal(result.code, 252);
    assert.match(result.stderr, /invalid literal for int\(\) with base 10: 'abc'/);
  });

  test('an unknown operation is 252 with the closest names', async () => {
    const result = await run(['admin-get-usr']);
    assert.equal(result.code, 252);
    assert.match(result.stderr, /Invalid choice: 'admin-get-usr', maybe you meant:\n\n {2}\* admin-get-user\n/);
  });

  test('a --query that does not parse is 252 for an added command as for an operation', async () => {
    const result = await run(['secret-hash', '--username', 'u', '--client-id', 'c', '--client-secret', 's', '--query', '[']);
    assert.equal(result.code, 252);
    assert.match(result.stderr, /^\nBad value for --query \[: Invalid jmespath expression/);
  });

  test('a file an added command cannot open is 252 with one line, and nothing is sent', async () => {
    const sent = recorder.requests.length;
    const role = 'arn:aws:iam::123456789012:role/r';
    const cases: Array<[string[], RegExp]> = [
      [['export-users', '--user-pool-id', 'p', '--output-file', '/nonexistent/dir/users.jsonl'], /^Unable to write --output-file: \[Errno 2\] No such file or directory: '\/nonexistent\/dir\/users.jsonl'\n$/],
      [['restore-users', '--user-pool-id', 'p', '--input-file', tmpdir()], /^Unable to read --input-file: \[Errno 21\] Is a directory: '[^']+'\n$/],
      [['batch', '--file', '/nonexistent/lines.txt'], /^Unable to read --file: \[Errno 2\] No such file or directory: '\/nonexistent\/lines.txt'\n$/],
      [['import-users', '--user-pool-id', 'p', '--csv-file', '/nonexistent/users.csv', '--cloud-watch-logs-role-arn', role], /^Unable to read --csv-file: \[Errno 2\] /],
    ];
    for (const [args, message] of cases) {
      const result = await run(at(...args));
      assert.equal(result.code, 252, `${args[0]}: ${result.stderr}`);
      assert.match(result.stderr, message);
      assert.equal(result.stdout, '');
    }
    assert.equal(recorder.requests.length, sent);
  });

  test('an option given as an unambiguous prefix works, as in the AWS CLI', async () => {
    const result = await run(at('admin-get-user', '--user-pool', 'p', '--username', 'u'));
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(recorder.lastBody(), { UserPoolId: 'p', Username: 'u' });
  });

  test('a service error is 254 with the AWS CLI line', async () => {
    recorder.respondWith(answerJson({ __type: 'UserNotFoundException', message: 'User does not exist.' }, 400));
    const result = await run(at('admin-get-user', '--user-pool-id', 'p', '--username', 'u'));
    recorder.respondWith(answerJson({}));
    assert.equal(result.code, 254);
    assert.equal(
      result.stderr,
      'An error occurred (UserNotFoundException) when calling the AdminGetUser operation: User does not exist.\n',
    );
    assert.equal(result.stdout, '');
  });

  test('a refused connection is 255 with the URL', async () => {
    const port = await freePort();
    const result = await run(['list-user-pools', '--max-results', '1', '--endpoint-url', `http://127.0.0.1:${port}`]);
    assert.equal(result.code, 255);
    assert.equal(result.stderr, `Could not connect to the endpoint URL: "http://127.0.0.1:${port}/"\n`);
  });

  test('no credentials is 253', async () => {
    const env = testEnv({ AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined });
    const result = await run(at('list-user-pools', '--max-results', '1'), env);
    assert.equal(result.code, 253);
    assert.match(result.stderr, /^Unable to locate credentials/);
  });

  test('operations that need no credentials work without them, unsigned', async () => {
    const env = testEnv({ AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined });
    const result = await run(at('sign-up', '--client-id', 'c', '--username', 'u', '--password', 'P@ssw0rd!'), env);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(recorder.requests.at(-1)?.headers.authorization, undefined);
  });

  test('an unknown profile is 253', async () => {
    const result = await run(at('list-user-pools', '--max-results', '1', '--profile', 'nope'));
    assert.equal(result.code, 253);
    assert.equal(result.stderr, 'The config profile (nope) could not be found\n');
  });

  test('no region is 253', async () => {
    const env = testEnv({ AWS_DEFAULT_REGION: undefined });
    const result = await run(at('list-user-pools', '--max-results', '1'), env);
    assert.equal(result.code, 253);
    assert.match(result.stderr, /^You must specify a region/);
  });

  test('an empty response prints nothing', async () => {
    const result = await run(at('admin-delete-user', '--user-pool-id', 'p', '--username', 'u'));
    assert.deepEqual(result, { code: 0, stdout: '', stderr: '' });
  });
});
