import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultGlobalOptions, type GlobalOptions } from '../../src/config/global-options.js';
import { resolveSettings } from '../../src/config/settings.js';
import type { Environment } from '../../src/io.js';

const dir = mkdtempSync(join(tmpdir(), 'cognito-idp-config-'));
const configFile = join(dir, 'config');
const credentialsFile = join(dir, 'credentials');
writeFileSync(
  configFile,
  `[default]
region = us-east-2
endpoint_url = http://127.0.0.1:9999

[profile dev]
region = eu-west-1
output = text
services = local-cognito
cli_timestamp_format = iso8601

[services local-cognito]
cognito_identity_provider =
  endpoint_url = http://127.0.0.1:4566
`,
);
writeFileSync(credentialsFile, '[keys-only]\naws_access_key_id = a\naws_secret_access_key = b\n');

const env = (extra: Environment = {}): Environment => ({
  AWS_CONFIG_FILE: configFile,
  AWS_SHARED_CREDENTIALS_FILE: credentialsFile,
  ...extra,
});
const options = (extra: Partial<GlobalOptions> = {}): GlobalOptions => ({ ...defaultGlobalOptions, ...extra });

test('region: flag, then AWS_REGION, then AWS_DEFAULT_REGION, then the profile', async () => {
  const all = env({ AWS_REGION: 'r-env', AWS_DEFAULT_REGION: 'r-default' });
  assert.equal((await resolveSettings(options({ region: 'r-flag' }), all)).region, 'r-flag');
  assert.equal((await resolveSettings(options(), all)).region, 'r-env');
  assert.equal((await resolveSettings(options(), env({ AWS_DEFAULT_REGION: 'r-default' }))).region, 'r-default');
  assert.equal((await resolveSettings(options(), env())).region, 'us-east-2');
  assert.equal((await resolveSettings(options({ profile: 'dev' }), env())).region, 'eu-west-1');
});

test('endpoint: flag, service variable, global variable, services section, profile endpoint_url', async () => {
  const service = 'AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER';
  const both = env({ [service]: 'http://service', AWS_ENDPOINT_URL: 'http://global' });
  assert.equal((await resolveSettings(options({ endpointUrl: 'http://flag' }), both)).endpoint, 'http://flag');
  assert.equal((await resolveSettings(options(), both)).endpoint, 'http://service');
  assert.equal((await resolveSettings(options(), env({ AWS_ENDPOINT_URL: 'http://global' }))).endpoint, 'http://global');
  assert.equal((await resolveSettings(options({ profile: 'dev' }), env())).endpoint, 'http://127.0.0.1:4566');
  assert.equal((await resolveSettings(options(), env())).endpoint, 'http://127.0.0.1:9999');
});

test('AWS_IGNORE_CONFIGURED_ENDPOINT_URLS ignores all but the flag', async () => {
  const ignoring = env({ AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true', AWS_ENDPOINT_URL: 'http://global' });
  assert.equal((await resolveSettings(options(), ignoring)).endpoint, undefined);
  assert.equal((await resolveSettings(options({ endpointUrl: 'http://flag' }), ignoring)).endpoint, 'http://flag');
});

test('output: flag, AWS_DEFAULT_OUTPUT, profile, json', async () => {
  assert.equal((await resolveSettings(options({ output: 'table' }), env({ AWS_DEFAULT_OUTPUT: 'yaml' }))).output, 'table');
  assert.equal((await resolveSettings(options(), env({ AWS_DEFAULT_OUTPUT: 'yaml' }))).output, 'yaml');
  assert.equal((await resolveSettings(options({ profile: 'dev' }), env())).output, 'text');
  assert.equal((await resolveSettings(options(), env())).output, 'json');
});

test('cli_timestamp_format comes from the profile', async () => {
  assert.equal((await resolveSettings(options({ profile: 'dev' }), env())).timestampFormat, 'iso8601');
  assert.equal((await resolveSettings(options(), env())).timestampFormat, 'wire');
});

test('a profile may live in the credentials file only; an unknown one is a configuration error', async () => {
  assert.equal((await resolveSettings(options({ profile: 'keys-only' }), env())).profile, 'keys-only');
  await assert.rejects(resolveSettings(options(), env({ AWS_PROFILE: 'nope' })), {
    message: 'The config profile (nope) could not be found',
    exitCode: 253,
  } as object);
});

test('timeouts are seconds, 60 by default, 0 for none; anything else is a parameter error', async () => {
  const defaults = await resolveSettings(options(), env());
  assert.deepEqual([defaults.readTimeout, defaults.connectTimeout], [60_000, 60_000]);
  const set = await resolveSettings(options({ cliReadTimeout: '0', cliConnectTimeout: '2.5' }), env());
  assert.deepEqual([set.readTimeout, set.connectTimeout], [0, 2500]);
  await assert.rejects(resolveSettings(options({ cliReadTimeout: 'soon' }), env()), { exitCode: 252 } as object);
});
