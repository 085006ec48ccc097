/** --cli-input-json / --cli-input-yaml: what reaches the service, and what is refused. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { answerJson, startRecorder, type Recorder } from '../support/recorder.js';
import { runCli, testEnv } from '../support/run-cli.js';

describe('request documents', () => {
  let recorder: Recorder;
  const dir = mkdtempSync(join(tmpdir(), 'cli-input-'));
  before(async () => {
    recorder = await startRecorder();
    recorder.respondWith(answerJson({ Users: [] }));
  });
  after(() => recorder?.stop());

  const call = (...args: string[]) => runCli([...args, '--endpoint-url', recorder.endpoint]);
  const callWith = (env: Record<string, string>, ...args: string[]) =>
    runCli([...args, '--endpoint-url', recorder.endpoint], testEnv(env));

  test('inline JSON supplies the required members', async () => {
    const result = await call('admin-get-user', '--cli-input-json', '{"UserPoolId": "us-east-1_a", "Username": "jo"}');
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(recorder.lastBody(), { UserPoolId: 'us-east-1_a', Username: 'jo' });
  });

  test('a file:// YAML document, with the command line overriding it', async () => {
    const file = join(dir, 'request.yaml');
    writeFileSync(file, 'UserPoolId: us-east-1_file\nUsername: from-file\nUserAttributes:\n- Name: email\n  Value: a@b.c\n');
    const result = await call('admin-update-user-attributes', '--cli-input-yaml', `file://${file}`, '--username', 'from-cli');
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(recorder.lastBody(), {
      UserPoolId: 'us-east-1_file',
      Username: 'from-cli',
      UserAttributes: [{ Name: 'email', Value: 'a@b.c' }],
    });
  });

  test('a file:// JSON document keeps numbers and nested members', async () => {
    const file = join(dir, 'group.json');
    writeFileSync(file, JSON.stringify({ UserPoolId: 'p', GroupName: 'admins', Precedence: 3 }));
    const result = await call('create-group', '--cli-input-json', `file://${file}`);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(recorder.lastBody(), { UserPoolId: 'p', GroupName: 'admins', Precedence: 3 });
  });

  test('unknown members are a parameter error (252), nothing sent', async () => {
    const before = recorder.requests.length;
    const result = await call('admin-get-user', '--cli-input-json', '{"UserPoolId": "p", "Username": "u", "Foo": 1}');
    assert.equal(result.code, 252);
    assert.equal(
      result.stderr,
      '\nParameter validation failed:\nUnknown parameter in input: "Foo", must be one of: UserPoolId, Username\n',
    );
    assert.equal(recorder.requests.length, before);
  });

  test('JSON and YAML together, bad JSON, a missing file and a missing member are parameter errors', async () => {
    const both = await call('admin-get-user', '--cli-input-json', '{}', '--cli-input-yaml', 'a: 1');
    assert.equal(both.code, 252);
    assert.match(both.stderr, /argument --cli-input-yaml: not allowed with argument --cli-input-json/);
    const bad = await call('admin-get-user', '--cli-input-json', '{"UserPoolId": ');
    assert.equal(bad.code, 252);
    assert.match(bad.stderr, /^\nError parsing parameter '--cli-input-json': Invalid JSON received: /);
    const missing = await call('admin-get-user', '--cli-input-json', `file://${join(dir, 'nope.json')}`);
    assert.equal(missing.code, 252);
    assert.match(missing.stderr, /Unable to load paramfile file:\/\/.*nope\.json/);
    const incomplete = await call('admin-get-user', '--cli-input-json', '{"UserPoolId": "p"}');
    assert.equal(incomplete.code, 252);
    assert.equal(incomplete.stderr, '\nParameter validation failed:\nMissing required parameter in input: "Username"\n');
  });

  test('the document is read as parameter files are: fileb://, ~ and $VAR expanded', async () => {
    writeFileSync(join(dir, 'request.json'), '{"UserPoolId": "us-east-1_b", "Username": "from-bytes"}');
    for (const value of ['fileb://$REQUESTS/request.json', 'file://${REQUESTS}/request.json', 'file://~/request.json']) {
      const result = await callWith({ REQUESTS: dir, HOME: dir }, 'admin-get-user', '--cli-input-json', value);
      assert.equal(result.code, 0, `${value}: ${result.stderr}`);
      assert.deepEqual(recorder.lastBody(), { UserPoolId: 'us-east-1_b', Username: 'from-bytes' });
    }
    const directory = await call('admin-get-user', '--cli-input-json', `file://${dir}`);
    assert.equal(directory.code, 252);
    assert.equal(directory.stderr, `\nError parsing parameter '--cli-input-json': Unable to load paramfile file://${dir}: [Errno 21] Is a directory: '${dir}'\n`);
  });

  test("JSON is read as Python's json.loads reads it, and checked with the rest of the request", async () => {
    const before = recorder.requests.length;
    const float = await call('list-users', '--cli-input-json', '{"UserPoolId": "p", "Limit": 1.0}');
    assert.equal(float.code, 252);
    assert.equal(float.stderr, "\nParameter validation failed:\nInvalid type for parameter Limit, value: 1.0, type: <class 'float'>, valid types: <class 'int'>\n");
    const both = await call('list-users', '--cli-input-json', '{"UserPoolId": "p", "Limit": NaN, "Foo": 1}');
    assert.equal(
      both.stderr,
      '\nParameter validation failed:\nUnknown parameter in input: "Foo", must be one of: UserPoolId, AttributesToGet, Limit, PaginationToken, Filter\n' +
        "Invalid type for parameter Limit, value: nan, type: <class 'float'>, valid types: <class 'int'>\n",
    );
    const bad = await call('list-users', '--cli-input-json', '{"UserPoolId": "x", }');
    assert.equal(bad.stderr, "\nError parsing parameter '--cli-input-json': Invalid JSON received: Expecting property name enclosed in double quotes: line 1 column 21 (char 20)\n");
    assert.equal(recorder.requests.length, before);
  });

  test('a paging member in the document is sent, and auto-paging goes on (as the AWS CLI v1 does)', async () => {
    recorder.requests.length = 0;
    recorder.respondWith((request, response) => {
      const first = !JSON.parse(request.body).PaginationToken;
      answerJson(first ? { Users: [{ Username: 'a' }], PaginationToken: 't' } : { Users: [{ Username: 'b' }] })(request, response);
    });
    const result = await call('list-users', '--cli-input-json', '{"UserPoolId": "p", "Limit": 3}');
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(recorder.requests.map((r) => JSON.parse(r.body)), [
      { UserPoolId: 'p', Limit: 3 },
      { UserPoolId: 'p', Limit: 3, PaginationToken: 't' },
    ]);
    assert.deepEqual(JSON.parse(result.stdout), { Users: [{ Username: 'a' }, { Username: 'b' }] });
  });
});
