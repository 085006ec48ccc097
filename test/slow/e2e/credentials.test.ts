/**
 * Every way the AWS CLI finds credentials and a region, run through the built bin/cognito-idp
 * against loopback endpoints. Where `aws` is installed, each set-up runs through it as well and the
 * two must agree on the access key id that signed the call, the region in its scope, and success.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CONTAINER_TOKEN, signingKeyId, signingRegion, startCredentialServers, type CredentialServers } from '../support/credential-servers.js';
import { startRecorder, type Recorder } from '../../support/recorder.js';
import { binPath, runProcess, type CliResult } from '../../support/run-cli.js';
import { runOnTerminal } from '../support/terminal.js';

const awsInstalled = spawnSync('aws', ['--version'], { stdio: 'ignore' }).status === 0;

interface Setup {
  name: string;
  /** Files under the home folder, `~/.aws/config` and the like; `$HOME` and `$SERVERS` are filled in. */
  files?: Record<string, string>;
  env?: Record<string, string>;
  args?: string[];
  /** Leave instance metadata enabled (its endpoint is then on loopback). */
  metadata?: boolean;
  expect: { keyId: string; region: string } | { exitCode: number; stderr: RegExp };
  /** Where the AWS CLI v1 does otherwise on purpose (see the README), it is not compared. */
  awsDiffers?: string;
}

const keysIn = (profile: string, keyId: string) => `[${profile}]\naws_access_key_id = ${keyId}\naws_secret_access_key = secret-${keyId}\n`;
/** A profile `admin` assuming a role with the keys of profile `base`, plus `extraConfig` lines. */
const adminRoleFiles = (extraConfig = '') => ({
  '.aws/credentials': keysIn('base', 'AKIDBASE'),
  '.aws/config': `[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/admin\nsource_profile = base\nregion = eu-central-1\n${extraConfig}`,
});

const setups: Setup[] = [
  {
    name: 'the default profile in ~/.aws/credentials, region from ~/.aws/config',
    files: { '.aws/credentials': keysIn('default', 'AKIDDEFAULT'), '.aws/config': '[default]\nregion = eu-west-1\n' },
    expect: { keyId: 'AKIDDEFAULT', region: 'eu-west-1' },
  },
  {
    name: 'keys in a ~/.aws/config profile, named by --profile',
    files: { '.aws/config': '[profile cfg]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = s\nregion = ap-south-1\n' },
    args: ['--profile', 'cfg'],
    expect: { keyId: 'AKIDCONFIG', region: 'ap-south-1' },
  },
  {
    name: '--profile names a profile of ~/.aws/credentials',
    files: { '.aws/credentials': keysIn('default', 'AKIDDEFAULT') + keysIn('ci', 'AKIDCI'), '.aws/config': '[profile ci]\nregion = us-west-2\n' },
    args: ['--profile', 'ci'],
    expect: { keyId: 'AKIDCI', region: 'us-west-2' },
  },
  {
    name: 'AWS_PROFILE',
    files: { '.aws/credentials': keysIn('default', 'AKIDDEFAULT') + keysIn('ci', 'AKIDCI'), '.aws/config': '[profile ci]\nregion = us-west-2\n' },
    env: { AWS_PROFILE: 'ci' },
    expect: { keyId: 'AKIDCI', region: 'us-west-2' },
  },
  {
    name: 'AWS_DEFAULT_PROFILE, which wins over AWS_PROFILE',
    files: { '.aws/credentials': keysIn('one', 'AKIDONE') + keysIn('two', 'AKIDTWO') },
    env: { AWS_DEFAULT_PROFILE: 'two', AWS_PROFILE: 'one', AWS_DEFAULT_REGION: 'eu-north-1' },
    expect: { keyId: 'AKIDTWO', region: 'eu-north-1' },
  },
  {
    name: 'AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE point elsewhere',
    files: {
      '.aws/credentials': keysIn('default', 'AKIDHOME'),
      'elsewhere/creds': keysIn('default', 'AKIDELSEWHERE'),
      'elsewhere/conf': '[default]\nregion = sa-east-1\n',
    },
    env: { AWS_SHARED_CREDENTIALS_FILE: '$HOME/elsewhere/creds', AWS_CONFIG_FILE: '$HOME/elsewhere/conf' },
    expect: { keyId: 'AKIDELSEWHERE', region: 'sa-east-1' },
  },
  {
    name: 'credential_process',
    files: {
      'bin/creds': '#!/bin/sh\necho \'{"Version": 1, "AccessKeyId": "AKIDPROCESS", "SecretAccessKey": "s", "SessionToken": "t"}\'\n',
      '.aws/config': '[profile proc]\ncredential_process = $HOME/bin/creds\nregion = us-east-2\n',
    },
    env: { AWS_PROFILE: 'proc' },
    expect: { keyId: 'AKIDPROCESS', region: 'us-east-2' },
  },
  {
    name: 'credential_process that fails: one line, 253',
    files: { 'bin/creds': '#!/bin/sh\necho "token expired, log in again" >&2\nexit 3\n', '.aws/config': '[profile proc]\ncredential_process = $HOME/bin/creds\nregion = us-east-2\n' },
    env: { AWS_PROFILE: 'proc' },
    expect: { exitCode: 253, stderr: /^Error when retrieving credentials from custom-process: token expired, log in again\n$/ },
  },
  {
    name: 'credential_process that prints bad JSON: one line, 253',
    files: { 'bin/creds': '#!/bin/sh\necho not-json\n', '.aws/config': '[profile proc]\ncredential_process = $HOME/bin/creds\nregion = us-east-2\n' },
    env: { AWS_PROFILE: 'proc' },
    expect: { exitCode: 253, stderr: /^Error when retrieving credentials from custom-process: .*invalid JSON.*\n$/ },
  },
  {
    name: 'role_arn with source_profile, STS from AWS_ENDPOINT_URL_STS',
    files: adminRoleFiles(),
    env: { AWS_PROFILE: 'admin', AWS_ENDPOINT_URL_STS: '$SERVERS' },
    expect: { keyId: 'ASIAADMINFROMAKIDBASE', region: 'eu-central-1' },
  },
  {
    name: "role_arn with source_profile, STS from the profile's services section",
    files: adminRoleFiles('services = local\n[services local]\nsts =\n  endpoint_url = $SERVERS\n'),
    args: ['--profile', 'admin'],
    expect: { keyId: 'ASIAADMINFROMAKIDBASE', region: 'eu-central-1' },
  },
  {
    name: 'role_arn with credential_source = Environment',
    files: { '.aws/config': '[profile envrole]\nrole_arn = arn:aws:iam::123456789012:role/envrole\ncredential_source = Environment\nregion = eu-west-3\n' },
    env: { AWS_ACCESS_KEY_ID: 'AKIDENV', AWS_SECRET_ACCESS_KEY: 's', AWS_ENDPOINT_URL_STS: '$SERVERS' },
    args: ['--profile', 'envrole'],
    expect: { keyId: 'ASIAENVROLEFROMAKIDENV', region: 'eu-west-3' },
  },
  {
    name: 'a role the STS refuses: the service error, 253',
    files: { '.aws/credentials': keysIn('base', 'AKIDBASE'), '.aws/config': '[profile no]\nrole_arn = arn:aws:iam::123456789012:role/denied\nsource_profile = base\nregion = eu-central-1\n' },
    env: { AWS_PROFILE: 'no', AWS_ENDPOINT_URL_STS: '$SERVERS' },
    expect: { exitCode: 253, stderr: /^An error occurred \(AccessDenied\) when calling the AssumeRole operation: Not authorized to perform sts:AssumeRole\n$/ },
  },
  {
    name: 'a role with mfa_serial and no terminal: one line, 253',
    files: {
      '.aws/credentials': keysIn('base', 'AKIDBASE'),
      '.aws/config': '[profile mfa]\nrole_arn = arn:aws:iam::123456789012:role/admin\nsource_profile = base\nmfa_serial = arn:aws:iam::123456789012:mfa/jo\nregion = eu-central-1\n',
    },
    env: { AWS_PROFILE: 'mfa', AWS_ENDPOINT_URL_STS: '$SERVERS' },
    expect: { exitCode: 253, stderr: /^Profile mfa needs an MFA code for arn:aws:iam::123456789012:mfa\/jo: run the command on a terminal to be asked for it\.\n$/ },
    awsDiffers: 'aws v1 prompts on standard input even when it is not a terminal',
  },
  {
    name: 'web identity from AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN',
    files: { 'token': 'header.payload.signature' },
    env: { AWS_WEB_IDENTITY_TOKEN_FILE: '$HOME/token', AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/pod', AWS_ENDPOINT_URL_STS: '$SERVERS', AWS_DEFAULT_REGION: 'us-west-1' },
    expect: { keyId: 'ASIAWEBPOD24', region: 'us-west-1' },
  },
  {
    name: 'web identity in a profile',
    files: { 'token': 'header.payload.signature', '.aws/config': '[profile wi]\nrole_arn = arn:aws:iam::123456789012:role/web\nweb_identity_token_file = $HOME/token\nregion = us-east-2\n' },
    env: { AWS_PROFILE: 'wi', AWS_ENDPOINT_URL_STS: '$SERVERS' },
    expect: { keyId: 'ASIAWEBWEB24', region: 'us-east-2' },
  },
  {
    name: 'SSO with an sso-session and a cached token',
    files: {
      '.aws/config':
        '[profile sso]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = Admin\nregion = ca-central-1\n' +
        '[sso-session corp]\nsso_region = us-east-1\nsso_start_url = https://corp.awsapps.com/start\n',
      [ssoCachePath('corp')]: ssoToken('https://corp.awsapps.com/start', 'tokcorp', 1),
    },
    env: { AWS_ENDPOINT_URL_SSO: '$SERVERS' },
    args: ['--profile', 'sso'],
    expect: { keyId: 'ASIASSOADMINTOKCORP', region: 'ca-central-1' },
  },
  {
    name: 'SSO, the legacy sso_start_url form',
    files: {
      '.aws/config': '[profile old]\nsso_start_url = https://old.awsapps.com/start\nsso_region = us-east-1\nsso_account_id = 111122223333\nsso_role_name = Dev\nregion = ap-northeast-1\n',
      [ssoCachePath('https://old.awsapps.com/start')]: ssoToken('https://old.awsapps.com/start', 'tokold', 1),
    },
    env: { AWS_PROFILE: 'old', AWS_ENDPOINT_URL_SSO: '$SERVERS' },
    expect: { keyId: 'ASIASSODEVTOKOLD', region: 'ap-northeast-1' },
  },
  {
    name: 'SSO with an expired token: run aws sso login, 253',
    files: {
      '.aws/config': '[profile old]\nsso_start_url = https://old.awsapps.com/start\nsso_region = us-east-1\nsso_account_id = 111122223333\nsso_role_name = Dev\nregion = ap-northeast-1\n',
      [ssoCachePath('https://old.awsapps.com/start')]: ssoToken('https://old.awsapps.com/start', 'tokold', -1),
    },
    env: { AWS_PROFILE: 'old', AWS_ENDPOINT_URL_SSO: '$SERVERS' },
    expect: { exitCode: 253, stderr: /^The SSO session associated with this profile has expired or is otherwise invalid\. To refresh this SSO session run aws sso login with the corresponding profile\.\n$/ },
  },
  {
    name: 'SSO with an sso-session whose token expired: run aws sso login, 253',
    files: {
      '.aws/config':
        '[profile sso]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = Admin\nregion = ca-central-1\n' +
        '[sso-session corp]\nsso_region = us-east-1\nsso_start_url = https://corp.awsapps.com/start\n',
      [ssoCachePath('corp')]: ssoToken('https://corp.awsapps.com/start', 'tokcorp', -1),
    },
    env: { AWS_ENDPOINT_URL_SSO: '$SERVERS', AWS_ENDPOINT_URL_SSO_OIDC: '$SERVERS' },
    args: ['--profile', 'sso'],
    expect: { exitCode: 253, stderr: /run aws sso login with the corresponding profile\.\n$/ },
  },
  {
    name: 'container credentials with an authorization token',
    env: { AWS_CONTAINER_CREDENTIALS_FULL_URI: '$SERVERS/container-credentials', AWS_CONTAINER_AUTHORIZATION_TOKEN: CONTAINER_TOKEN, AWS_DEFAULT_REGION: 'us-east-1' },
    expect: { keyId: 'ASIACONTAINER', region: 'us-east-1' },
  },
  {
    name: 'instance metadata (IMDSv2) at AWS_EC2_METADATA_SERVICE_ENDPOINT',
    metadata: true,
    env: { AWS_EC2_METADATA_SERVICE_ENDPOINT: '$SERVERS/', AWS_DEFAULT_REGION: 'us-east-1' },
    expect: { keyId: 'ASIAIMDS', region: 'us-east-1' },
  },
  {
    name: 'keys in the environment win over AWS_PROFILE, even a profile without keys',
    files: { '.aws/config': '[profile nokeys]\nregion = us-west-2\n', '.aws/credentials': keysIn('nokeys', 'AKIDPROFILE') },
    env: { AWS_PROFILE: 'nokeys', AWS_ACCESS_KEY_ID: 'AKIDENV', AWS_SECRET_ACCESS_KEY: 's' },
    expect: { keyId: 'AKIDENV', region: 'us-west-2' },
  },
  {
    name: '--profile wins over keys in the environment',
    files: { '.aws/credentials': keysIn('ci', 'AKIDCI'), '.aws/config': '[profile ci]\nregion = us-west-2\n' },
    env: { AWS_ACCESS_KEY_ID: 'AKIDENV', AWS_SECRET_ACCESS_KEY: 's' },
    args: ['--profile', 'ci'],
    expect: { keyId: 'AKIDCI', region: 'us-west-2' },
  },
  {
    name: 'AWS_DEFAULT_REGION wins over the profile',
    files: { '.aws/credentials': keysIn('default', 'AKIDDEFAULT'), '.aws/config': '[default]\nregion = eu-west-1\n' },
    env: { AWS_DEFAULT_REGION: 'ap-southeast-2' },
    expect: { keyId: 'AKIDDEFAULT', region: 'ap-southeast-2' },
  },
  {
    name: 'AWS_REGION wins over AWS_DEFAULT_REGION',
    files: { '.aws/credentials': keysIn('default', 'AKIDDEFAULT') },
    env: { AWS_REGION: 'eu-south-1', AWS_DEFAULT_REGION: 'ap-southeast-2' },
    expect: { keyId: 'AKIDDEFAULT', region: 'eu-south-1' },
    awsDiffers: 'aws v1 reads only AWS_DEFAULT_REGION; v2 and the SDKs read AWS_REGION',
  },
  {
    name: '--region wins over everything',
    files: { '.aws/credentials': keysIn('default', 'AKIDDEFAULT'), '.aws/config': '[default]\nregion = eu-west-1\n' },
    env: { AWS_DEFAULT_REGION: 'ap-southeast-2' },
    args: ['--region', 'me-south-1'],
    expect: { keyId: 'AKIDDEFAULT', region: 'me-south-1' },
  },
  {
    name: 'no credentials anywhere: 253',
    env: { AWS_DEFAULT_REGION: 'us-east-1' },
    expect: { exitCode: 253, stderr: /^Unable to locate credentials\. You can configure credentials by running "aws configure"\.\n$/ },
  },
  {
    name: 'half a key pair in the environment: 253',
    env: { AWS_ACCESS_KEY_ID: 'AKIDHALF', AWS_DEFAULT_REGION: 'us-east-1' },
    expect: { exitCode: 253, stderr: /^Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY\n$/ },
  },
];

/** The token cache file is named by the SHA-1 of the session name (or of the legacy start URL). */
function ssoCachePath(key: string): string {
  return `.aws/sso/cache/${createHash('sha1').update(key).digest('hex')}.json`;
}

function ssoToken(startUrl: string, accessToken: string, hoursFromNow: number): string {
  const expiresAt = new Date(Date.now() + hoursFromNow * 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
  return JSON.stringify({ startUrl, region: 'us-east-1', accessToken, expiresAt });
}

describe('credentials and region through the built bin', () => {
  let recorder: Recorder;
  let servers: CredentialServers;
  before(async () => {
    recorder = await startRecorder();
    servers = await startCredentialServers();
  });
  after(async () => {
    await recorder.stop();
    await servers.stop();
  });

  function prepare(setup: Setup): { env: Record<string, string>; args: string[] } {
    const home = mkdtempSync(join(tmpdir(), 'cognito-idp-home-'));
    const fill = (text: string) => text.replaceAll('$HOME', home).replaceAll('$SERVERS', servers.endpoint);
    for (const [path, text] of Object.entries(setup.files ?? {})) {
      const file = join(home, path);
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, fill(text));
      if (path.startsWith('bin/')) chmodSync(file, 0o755);
    }
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: home };
    if (!setup.metadata) env.AWS_EC2_METADATA_DISABLED = 'true';
    for (const [name, value] of Object.entries(setup.env ?? {})) env[name] = fill(value);
    const args = ['list-user-pools', '--max-results', '1', '--endpoint-url', recorder.endpoint, ...(setup.args ?? [])];
    return { env, args };
  }

  async function outcome(run: () => Promise<CliResult>): Promise<{ result: CliResult; keyId?: string; region?: string }> {
    const before = recorder.requests.length;
    const result = await run();
    const sent = recorder.requests.slice(before);
    const authorization = sent.at(-1)?.headers.authorization;
    return { result, keyId: signingKeyId(authorization), region: signingRegion(authorization) };
  }

  test('a role with mfa_serial on a terminal asks for the code and sends it to STS', async () => {
    const { env, args } = prepare({
      name: 'mfa on a terminal',
      files: {
        '.aws/credentials': keysIn('base', 'AKIDBASE'),
        '.aws/config': '[profile mfa]\nrole_arn = arn:aws:iam::123456789012:role/admin\nsource_profile = base\nmfa_serial = arn:aws:iam::123456789012:mfa/jo\nregion = eu-central-1\n',
      },
      env: { AWS_PROFILE: 'mfa', AWS_ENDPOINT_URL_STS: '$SERVERS' },
      expect: { keyId: '', region: '' },
    });
    const answer = { prompt: 'Enter MFA code for arn:aws:iam::123456789012:mfa/jo: ', type: '654321' };
    const onTerminal = (command: string[]) => () => runOnTerminal(command, env, [answer]);
    const ours = await outcome(onTerminal([process.execPath, binPath, ...args]));
    assert.equal(ours.result.code, 0, ours.result.stdout);
    assert.match(ours.result.stdout, /Enter MFA code for arn:aws:iam::123456789012:mfa\/jo: /);
    assert.doesNotMatch(ours.result.stdout, /654321/, 'the code is not echoed');
    assert.deepEqual({ keyId: ours.keyId, region: ours.region }, { keyId: 'ASIAADMINMFA654321FROMAKIDBASE', region: 'eu-central-1' });
    if (awsInstalled) {
      const theirs = await outcome(onTerminal(['aws', 'cognito-idp', ...args]));
      assert.deepEqual({ keyId: theirs.keyId, region: theirs.region }, { keyId: ours.keyId, region: ours.region });
    }
  });

  for (const setup of setups) {
    test(setup.name, async () => {
      const { env, args } = prepare(setup);
      const ours = await outcome(() => runProcess(process.execPath, [binPath, ...args], env));
      if ('keyId' in setup.expect) {
        assert.equal(ours.result.stderr, '', 'nothing on stderr');
        assert.equal(ours.result.code, 0);
        assert.deepEqual({ keyId: ours.keyId, region: ours.region }, setup.expect);
      } else {
        assert.equal(ours.result.code, setup.expect.exitCode, ours.result.stderr);
        assert.match(ours.result.stderr, setup.expect.stderr);
        assert.equal(ours.keyId, undefined, 'nothing was sent');
      }
      if (awsInstalled && !setup.awsDiffers) {
        const theirs = await outcome(() => runProcess('aws', ['cognito-idp', ...args], env));
        assert.equal(theirs.result.code === 0, ours.result.code === 0, `aws: ${theirs.result.stderr}`);
        assert.deepEqual({ keyId: theirs.keyId, region: theirs.region }, { keyId: ours.keyId, region: ours.region });
      }
    });
  }
});
