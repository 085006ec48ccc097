/** What a refused parameter value prints: one clear message, exit 252, secrets never shown. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startRecorder, type Recorder } from '../support/recorder.js';
import { runCli, testEnv } from '../support/run-cli.js';

const createUser = ['admin-create-user', '--user-pool-id', 'us-east-1_abc', '--username', 'jo'];

describe('parameter errors', () => {
  let recorder: Recorder;
  before(async () => (recorder = await startRecorder()));
  after(() => recorder.stop());

  async function refused(args: string[], env = testEnv()): Promise<string> {
    recorder.requests.length = 0;
    const result = await runCli([...args, '--endpoint-url', recorder.endpoint], env);
    assert.equal(result.code, 252, result.stderr);
    assert.equal(recorder.requests.length, 0, 'nothing is sent');
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^\n/, 'a blank line first, as the AWS CLI prints');
    return result.stderr.slice(1);
  }

  test('a shorthand syntax error names the parameter and points at the spot', async () => {
    assert.equal(
      await refused([...createUser, '--user-attributes', 'Name']),
      "Error parsing parameter '--user-attributes': Expected: '=', received: 'EOF' for input:\nName\n    ^\n",
    );
  });

  test('an unknown member is refused with the valid names', async () => {
    assert.equal(
      await refused([...createUser, '--user-attributes', 'Name=email,Value=a', 'Name=x,Foo=b']),
      'Parameter validation failed:\nUnknown parameter in UserAttributes[1]: "Foo", must be one of: Name, Value\n',
    );
  });

  test('every validation problem is reported, each with its member path', async () => {
    const stderr = await refused([
      'update-user-pool', '--user-pool-id', 'p',
      '--policies', '{"PasswordPolicy": {"MinimumLength": "12", "Bad": 1}}',
      '--account-recovery-setting', 'RecoveryMechanisms=[{Priority=1}]',
    ]);
    assert.equal(
      stderr,
      'Parameter validation failed:\n' +
        'Unknown parameter in Policies.PasswordPolicy: "Bad", must be one of: MinimumLength, RequireUppercase, RequireLowercase, RequireNumbers, RequireSymbols, PasswordHistorySize, TemporaryPasswordValidityDays\n' +
        "Invalid type for parameter Policies.PasswordPolicy.MinimumLength, value: 12, type: <class 'str'>, valid types: <class 'int'>\n" +
        'Missing required parameter in AccountRecoverySetting.RecoveryMechanisms[0]: "Name"\n',
    );
  });

  test('a float in JSON is shown as Python shows it', async () => {
    assert.equal(
      await refused([...createUser, '--user-attributes', '[{"Name": 1e16, "Value": "v"}, {"Name": 1e-5, "Value": "w"}]']),
      'Parameter validation failed:\n' +
        "Invalid type for parameter UserAttributes[0].Name, value: 1e+16, type: <class 'float'>, valid types: <class 'str'>\n" +
        "Invalid type for parameter UserAttributes[1].Name, value: 1e-05, type: <class 'float'>, valid types: <class 'str'>\n",
    );
  });

  test("the model's minimum length is checked", async () => {
    assert.match(await refused(['list-users', '--user-pool-id', '']), /Invalid length for parameter UserPoolId, value: 0, valid min length: 1/);
  });

  test('invalid JSON says so and shows what was received', async () => {
    assert.match(
      await refused([...createUser, '--client-metadata', '{"a": }']),
      /^Error parsing parameter '--client-metadata': Invalid JSON: Expecting value: line 1 column 7 \(char 6\)\nJSON received: \{"a": \}\n$/,
    );
  });

  test("an integer that is not one: Python's int() message, as the AWS CLI prints it", async () => {
    assert.equal(await refused(['list-users', '--user-pool-id', 'p', '--limit', 'ten']), "invalid literal for int() with base 10: 'ten'\n");
  });

  test('a missing file is named', async () => {
    const stderr = await refused([...createUser, '--temporary-password', 'file:///no/such/file.txt']);
    assert.equal(
      stderr,
      "Error parsing parameter '--temporary-password': Unable to load paramfile file:///no/such/file.txt: [Errno 2] No such file or directory: '/no/such/file.txt'\n",
    );
  });

  test('a missing file after @= is named too', async () => {
    assert.match(await refused([...createUser, '--user-attributes', 'Name=a,Value@=file:///no/such.txt']), /Unable to load paramfile file:\/\/\/no\/such\.txt/);
  });

  test('~ and $VAR in a file path are expanded', async () => {
    const home = mkdtempSync(join(tmpdir(), 'params-home-'));
    writeFileSync(join(home, 'password.txt'), 'from-home');
    recorder.requests.length = 0;
    const env = testEnv({ HOME: home, PASSWORD_FILE: 'password.txt' });
    for (const path of ['file://~/password.txt', 'file://$HOME/$PASSWORD_FILE', 'file://${HOME}/password.txt']) {
      const result = await runCli([...createUser, '--temporary-password', path, '--endpoint-url', recorder.endpoint], env);
      assert.equal(result.code, 0, result.stderr);
      assert.equal((recorder.lastBody() as { TemporaryPassword: string }).TemporaryPassword, 'from-home');
    }
  });

  test('a secret in a shorthand value is not echoed in a syntax error', async () => {
    const stderr = await refused(['initiate-auth', '--client-id', 'c', '--auth-flow', 'USER_PASSWORD_AUTH', '--auth-parameters', "USERNAME=jo,PASSWORD='hunter2"]);
    assert.doesNotMatch(stderr, /hunter2/);
    assert.match(stderr, /^Error parsing parameter '--auth-parameters': Expected: '<singled quoted>' at character 21/);
  });

  test('a secret is not shown in a validation error', async () => {
    const stderr = await refused([...createUser, '--temporary-password', 'fileb://' + fileWith('hunter2')]);
    assert.doesNotMatch(stderr, /hunter2/);
    assert.match(stderr, /Invalid type for parameter TemporaryPassword, value: \*+, type: <class 'bytes'>/);
  });

  test('a secret in invalid JSON is not shown', async () => {
    const stderr = await refused(['initiate-auth', '--client-id', 'c', '--auth-flow', 'USER_PASSWORD_AUTH', '--auth-parameters', '{"PASSWORD": "hunter2"']);
    assert.doesNotMatch(stderr, /hunter2/);
  });
});

function fileWith(contents: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'params-file-')), 'value');
  writeFileSync(path, contents);
  return path;
}
