import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chooseCredentialSource } from '../../src/config/credential-source.js';

const envKeys = { AWS_ACCESS_KEY_ID: 'AKIDENV', AWS_SECRET_ACCESS_KEY: 's' };
const keys = { aws_access_key_id: 'AKIDPROFILE', aws_secret_access_key: 's' };
const role = { role_arn: 'arn:aws:iam::1:role/r', source_profile: 'base' };
const webIdentityEnv = { AWS_WEB_IDENTITY_TOKEN_FILE: '/t', AWS_ROLE_ARN: 'arn:aws:iam::1:role/pod' };

describe('which credential source a run uses, in botocore order', () => {
  const cases: Array<[string, Record<string, string>, boolean, Record<string, string>, string]> = [
    ['keys in the environment first', keys, false, envKeys, 'environment'],
    ['--profile passes over keys in the environment', keys, true, envKeys, 'profile'],
    ['a role the profile assumes before a web identity in the environment', role, false, webIdentityEnv, 'assume-role'],
    ['a web identity in the environment before the profile keys', keys, false, webIdentityEnv, 'web-identity'],
    ['--profile passes over a web identity in the environment', keys, true, webIdentityEnv, 'profile'],
    ['a profile with SSO', { sso_session: 'corp' }, false, {}, 'profile'],
    ['a profile with a credential process', { credential_process: '/bin/creds' }, false, {}, 'profile'],
    ['a role and a web identity token in the profile', { role_arn: 'arn:aws:iam::1:role/w', web_identity_token_file: '/t' }, false, {}, 'profile'],
    ['container credentials when the profile has none', { region: 'x' }, false, { AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://127.0.0.1/' }, 'container'],
    ['instance metadata last', {}, false, {}, 'instance-metadata'],
    ['nothing when instance metadata is disabled', {}, false, { AWS_EC2_METADATA_DISABLED: 'TRUE' }, 'none'],
  ];
  for (const [name, profile, fromCommandLine, env, kind] of cases) {
    test(name, () => assert.equal(chooseCredentialSource('p', profile, fromCommandLine, env).kind, kind));
  }

  test('the profile source says what the profile holds', () => {
    assert.deepEqual(chooseCredentialSource('p', { sso_start_url: 'https://x' }, false, {}), { kind: 'profile', profile: 'p', via: 'sso' });
    assert.deepEqual(chooseCredentialSource('p', { credential_process: 'x' }, false, {}), { kind: 'profile', profile: 'p', via: 'process' });
  });

  test('keys from the environment keep the session token', () => {
    assert.deepEqual(chooseCredentialSource('p', {}, false, { ...envKeys, AWS_SESSION_TOKEN: 't' }), {
      kind: 'environment',
      accessKeyId: 'AKIDENV',
      secretAccessKey: 's',
      sessionToken: 't',
    });
  });

  test('half a key pair is an error naming the missing variable', () => {
    assert.throws(() => chooseCredentialSource('p', {}, false, { AWS_SECRET_ACCESS_KEY: 's' }), {
      message: 'Partial credentials found in env, missing: AWS_ACCESS_KEY_ID',
    });
  });
});
