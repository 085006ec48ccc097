/**
 * Endpoint and output settings from the environment and the config file, run through the built
 * bin; where `aws` is installed, it runs each set-up too and must reach the same endpoint and
 * print the same bytes.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { answerJson, startRecorder, type Recorder } from '../../support/recorder.js';
import { binPath, runProcess } from '../../support/run-cli.js';

const awsInstalled = spawnSync('aws', ['--version'], { stdio: 'ignore' }).status === 0;

interface Setup {
  name: string;
  /** `$CONFIGURED` is the endpoint the settings name, `$FLAG` the one given with --endpoint-url. */
  config?: string;
  env?: Record<string, string>;
  args?: string[];
  reaches: 'configured' | 'flag';
}

const credentials = '[default]\naws_access_key_id = AKIDCONF\naws_secret_access_key = s\n';

const setups: Setup[] = [
  { name: 'AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER', env: { AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: '$CONFIGURED' }, reaches: 'configured' },
  { name: 'AWS_ENDPOINT_URL', env: { AWS_ENDPOINT_URL: '$CONFIGURED' }, reaches: 'configured' },
  {
    name: "the profile's services section",
    config: '[default]\nregion = us-east-1\nservices = local\n[services local]\ncognito_identity_provider =\n  endpoint_url = $CONFIGURED\n',
    reaches: 'configured',
  },
  { name: "the profile's endpoint_url", config: '[default]\nregion = us-east-1\nendpoint_url = $CONFIGURED\n', reaches: 'configured' },
  {
    name: '--endpoint-url wins over the environment',
    env: { AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: '$CONFIGURED' },
    args: ['--endpoint-url', '$FLAG'],
    reaches: 'flag',
  },
  {
    name: 'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS leaves only the flag',
    env: { AWS_ENDPOINT_URL: '$CONFIGURED', AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' },
    args: ['--endpoint-url', '$FLAG'],
    reaches: 'flag',
  },
  { name: 'AWS_DEFAULT_OUTPUT', env: { AWS_ENDPOINT_URL: '$CONFIGURED', AWS_DEFAULT_OUTPUT: 'text' }, reaches: 'configured' },
  { name: "the profile's output", config: '[default]\nregion = us-east-1\noutput = table\n', env: { AWS_ENDPOINT_URL: '$CONFIGURED' }, reaches: 'configured' },
  {
    name: '--output wins over the profile',
    config: '[default]\nregion = us-east-1\noutput = table\n',
    env: { AWS_ENDPOINT_URL: '$CONFIGURED' },
    args: ['--output', 'text'],
    reaches: 'configured',
  },
  {
    name: "the profile's cli_timestamp_format",
    config: '[default]\nregion = us-east-1\ncli_timestamp_format = iso8601\n',
    env: { AWS_ENDPOINT_URL: '$CONFIGURED' },
    reaches: 'configured',
  },
];

describe('endpoint and output settings through the built bin', () => {
  let configured: Recorder;
  let flag: Recorder;
  const pools = { UserPools: [{ Id: 'us-east-1_abc', Name: 'pool', Status: 'Enabled', LastModifiedDate: 1548099495.428, CreationDate: 1548099495 }] };
  before(async () => {
    configured = await startRecorder();
    flag = await startRecorder();
    configured.respondWith(answerJson(pools));
    flag.respondWith(answerJson(pools));
  });
  after(async () => {
    await configured.stop();
    await flag.stop();
  });

  for (const setup of setups) {
    test(setup.name, async () => {
      const home = mkdtempSync(join(tmpdir(), 'cognito-idp-conf-'));
      const fill = (text: string) => text.replaceAll('$CONFIGURED', configured.endpoint).replaceAll('$FLAG', flag.endpoint);
      mkdirSync(join(home, '.aws'));
      writeFileSync(join(home, '.aws', 'credentials'), credentials);
      writeFileSync(join(home, '.aws', 'config'), fill(setup.config ?? '[default]\nregion = us-east-1\n'));
      const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: home, AWS_EC2_METADATA_DISABLED: 'true' };
      for (const [name, value] of Object.entries(setup.env ?? {})) env[name] = fill(value);
      const args = ['list-user-pools', '--max-results', '1', ...(setup.args ?? []).map(fill)];
      const expected = setup.reaches === 'configured' ? configured : flag;

      const sent = expected.requests.length;
      const ours = await runProcess(process.execPath, [binPath, ...args], env);
      assert.equal(ours.code, 0, ours.stderr);
      assert.equal(ours.stderr, '');
      assert.equal(expected.requests.length, sent + 1, `the call went to the ${setup.reaches} endpoint`);
      if (awsInstalled) {
        const theirs = await runProcess('aws', ['cognito-idp', ...args], env);
        assert.equal(expected.requests.length, sent + 2, `aws called the ${setup.reaches} endpoint`);
        assert.equal(ours.stdout, theirs.stdout);
      }
    });
  }
});
