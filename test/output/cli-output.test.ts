/** Output options end to end through main(): format choice, --query, timestamps, color, off. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { answerJson, startRecorder, type Recorder } from '../support/recorder.js';
import { runCli, testEnv } from '../support/run-cli.js';
import { configFile, oneUserListing } from './support/one-user-listing.js';

describe('output options', () => {
  let recorder: Recorder;
  before(async () => {
    recorder = await startRecorder();
    recorder.respondWith(answerJson(oneUserListing));
  });
  after(() => recorder.stop());

  const listUsers = ['list-users', '--user-pool-id', 'us-east-1_abc', '--no-paginate'];
  const run = (args: string[], env = testEnv()) => runCli([...listUsers, ...args, '--endpoint-url', recorder.endpoint], env);

  test('the format comes from --output, then AWS_DEFAULT_OUTPUT, then the profile, then json', async () => {
    const profile = configFile('[default]\noutput = table\n');
    const isText = (stdout: string) => stdout.startsWith('USERS\t');
    const isTable = (stdout: string) => stdout.startsWith('-----');
    const isJson = (stdout: string) => stdout.startsWith('{\n    "Users"');
    assert.ok(isJson((await run([])).stdout));
    assert.ok(isTable((await run([], testEnv({ AWS_CONFIG_FILE: profile }))).stdout));
    assert.ok(isText((await run([], testEnv({ AWS_CONFIG_FILE: profile, AWS_DEFAULT_OUTPUT: 'text' }))).stdout));
    assert.ok(isJson((await run(['--output', 'json'], testEnv({ AWS_CONFIG_FILE: profile, AWS_DEFAULT_OUTPUT: 'text' }))).stdout));
  });

  test('an unknown format is exit 252', async () => {
    const result = await run(['--output', 'xml']);
    assert.equal(result.code, 252);
    assert.match(result.stderr, /--output/);
    const fromEnv = await run([], testEnv({ AWS_DEFAULT_OUTPUT: 'xml' }));
    assert.equal(fromEnv.code, 252);
  });

  test('an invalid --query is exit 252 with the parser message, and nothing is sent', async () => {
    const before = recorder.requests.length;
    const result = await run(['--query', 'Users[?']);
    assert.equal(result.code, 252);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^\nBad value for --query Users\[\?: Invalid jmespath expression: .+\n$/);
    assert.equal(recorder.requests.length, before);
  });

  test('a --query that fails on the data (a function given the wrong type) is exit 255 in one line', async () => {
    const result = await run(['--query', 'length(Users[0].Enabled)']);
    assert.equal(result.code, 255);
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.match(result.stderr, /length/);
  });

  test('--query numbers print as the service sent them: floats stay floats', async () => {
    const result = await run(['--query', 'Users[0].[UserCreateDate, UserLastModifiedDate, length(Attributes)]', '--output', 'text']);
    assert.equal(result.stdout, '1548099495.428\t1548099495\t1\n');
  });

  test('--output off prints nothing but still calls', async () => {
    const before = recorder.requests.length;
    const result = await run(['--output', 'off']);
    assert.deepEqual([result.code, result.stdout, result.stderr], [0, '', '']);
    assert.equal(recorder.requests.length, before + 1);
  });

  test('--output yaml and yaml-stream', async () => {
    const yaml = (await run(['--output', 'yaml'])).stdout;
    assert.equal(
      yaml,
      'Users:\n- Attributes:\n  - Name: email\n    Value: d@example.com\n  Enabled: true\n' +
        '  UserCreateDate: 1548099495.428\n  UserLastModifiedDate: 1548099495\n  UserStatus: CONFIRMED\n  Username: diego\n',
    );
    const stream = (await run(['--output', 'yaml-stream', '--query', 'Users[0].Username'])).stdout;
    assert.equal(stream, '- diego\n');
  });

  test('cli_timestamp_format = iso8601 converts timestamps in every format; wire and none keep them', async () => {
    const iso = testEnv({ AWS_CONFIG_FILE: configFile('[default]\ncli_timestamp_format = iso8601\n') });
    const offset = new Date(1548099495428).getTimezoneOffset();
    if (offset === 0) {
      assert.match((await run([], iso)).stdout, /"UserCreateDate": "2019-01-21T19:38:15.428000\+00:00",\n\s+"UserLastModifiedDate": "2019-01-21T19:38:15\+00:00"/);
      assert.match((await run(['--output', 'text'], iso)).stdout, /\t2019-01-21T19:38:15.428000\+00:00\t2019-01-21T19:38:15\+00:00\t/);
      assert.match((await run(['--output', 'table'], iso)).stdout, /\|  2019-01-21T19:38:15.428000\+00:00 +\|/);
      assert.match((await run(['--output', 'yaml'], iso)).stdout, /UserCreateDate: '2019-01-21T19:38:15.428000\+00:00'/);
    } else {
      assert.match((await run([], iso)).stdout, /"UserCreateDate": "2019-01-2\dT\d\d:\d\d:15.428000[+-]\d\d:\d\d"/);
    }
    for (const format of ['wire', 'none']) {
      const env = testEnv({ AWS_CONFIG_FILE: configFile(`[default]\ncli_timestamp_format = ${format}\n`) });
      assert.match((await run([], env)).stdout, /"UserCreateDate": 1548099495.428,/);
    }
  });

  test('an unknown cli_timestamp_format is a configuration error (exit 253)', async () => {
    const result = await run([], testEnv({ AWS_CONFIG_FILE: configFile('[default]\ncli_timestamp_format = rfc822\n') }));
    assert.equal(result.code, 253);
    assert.equal(result.stderr, 'Unknown cli_timestamp_format value: rfc822, valid values are "none", "wire" or "iso8601"\n');
  });

  test('--color: table cells colored only when asked or on a terminal, never with NO_COLOR on auto', async () => {
    const colored = (await run(['--output', 'table', '--color', 'on'])).stdout;
    assert.match(colored, /\x1b\[1m\x1b\[34m.*diego/);
    assert.equal((await run(['--output', 'table', '--color', 'off'])).stdout.includes('\x1b['), false);
    assert.equal((await run(['--output', 'table'])).stdout.includes('\x1b['), false);
    const tty = async (env: Record<string, string | undefined>) => {
      let stdout = '';
      const io = {
        stdout: { write: (chunk: string) => (stdout += chunk), isTTY: true, columns: 200 },
        stderr: { write: () => true },
        env,
      };
      await main([...listUsers, '--output', 'table', '--endpoint-url', recorder.endpoint], io);
      return stdout;
    };
    assert.match(await tty(testEnv()), /\x1b\[/);
    assert.equal((await tty(testEnv({ NO_COLOR: '1' }))).includes('\x1b['), false);
    // An empty NO_COLOR is not set (no-color.org).
    assert.match(await tty(testEnv({ NO_COLOR: '' })), /\x1b\[/);
    assert.equal((await run(['--output', 'json', '--color', 'on'])).stdout.includes('\x1b['), false);
  });

  test('with the table uncolored, removing color codes from a colored table gives the same text', async () => {
    const plain = (await run(['--output', 'table', '--color', 'off'])).stdout;
    const colored = (await run(['--output', 'table', '--color', 'on'])).stdout;
    assert.equal(colored.replace(/\x1b\[[0-9;]*m/g, ''), plain);
  });
});
