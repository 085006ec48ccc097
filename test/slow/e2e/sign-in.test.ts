/**
 * sign-in, secret-hash and --client-secret through the built bin, against the loopback service
 * fake that checks SRP, SECRET_HASH and every challenge answer as the service does.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { secretHash } from '../../../src/auth/secret-hash.js';
import { decodeToken } from '../../../src/auth/tokens.js';
import { totpCode } from '../../../src/auth/totp.js';
import { binPath, runBin, testEnv } from '../../support/run-cli.js';
import { startSrpService, type SrpService } from '../../../harness/srp-service.js';
import { runOnTerminal } from '../support/terminal.js';

const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('signing in through the bin', () => {
  let service: SrpService;
  let poolId: string;
  let plain: { clientId: string };
  let withSecret: { clientId: string; clientSecret?: string };
  before(async () => (service = await startSrpService()));
  after(() => service.stop());
  beforeEach(() => {
    poolId = service.createPool({ emailAlias: true });
    plain = service.createClient(poolId);
    withSecret = service.createClient(poolId, { secret: true });
    service.addUser(poolId, { username: 'diego', password: 'Passw0rd!', email: 'diego@example.com' });
  });

  const env = testEnv({ AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined });
  const signIn = (extra: string[], stdin = '') =>
    runBin(['sign-in', '--user-pool-id', poolId, '--endpoint-url', service.endpoint, ...extra], env, stdin);
  const usernameIn = (token: string) => decodeToken(token).Payload['cognito:username'];

  test('USER_SRP_AUTH with --password: two calls, the tokens printed as the AWS CLI prints the response', async () => {
    const calls = service.calls.length;
    const result = await signIn(['--client-id', plain.clientId, '--username', 'diego', '--password', 'Passw0rd!']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '');
    const response = JSON.parse(result.stdout);
    assert.equal(response.AuthenticationResult.TokenType, 'Bearer');
    assert.equal(usernameIn(response.AuthenticationResult.IdToken), 'diego');
    assert.deepEqual(service.calls.slice(calls).map((call) => call.operation), ['InitiateAuth', 'RespondToAuthChallenge']);
    assert.equal(service.calls[calls]!.input.AuthFlow, 'USER_SRP_AUTH');
    assert.match(result.stdout, /^\{\n {4}"ChallengeParameters": \{\},\n {4}"AuthenticationResult": \{\n {8}"AccessToken": /);
  });

  test('--query and --output text give the ID token alone', async () => {
    const result = await signIn(['--client-id', plain.clientId, '--username', 'diego', '--password', 'Passw0rd!', '--query', 'AuthenticationResult.IdToken', '--output', 'text']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(usernameIn(result.stdout.trim()), 'diego');
  });

  test('the password from standard input', async () => {
    const result = await signIn(['--client-id', plain.clientId, '--username', 'diego'], 'Passw0rd!\n');
    assert.equal(result.code, 0, result.stderr);
    assert.ok(JSON.parse(result.stdout).AuthenticationResult.IdToken);
  });

  test('by email alias on a client with a secret: SECRET_HASH with the name the service expects at each step', async () => {
    const result = await signIn([
      '--client-id', withSecret.clientId, '--client-secret', withSecret.clientSecret!, '--username', 'diego@example.com', '--password', 'Passw0rd!',
    ]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(usernameIn(JSON.parse(result.stdout).AuthenticationResult.IdToken), 'diego');
  });

  test('NEW_PASSWORD_REQUIRED answered with --new-password', async () => {
    service.addUser(poolId, { username: 'ana', password: 'Temp0rary!', forceChangePassword: true });
    const result = await signIn(['--client-id', plain.clientId, '--username', 'ana', '--password', 'Temp0rary!', '--new-password', 'N3w-Passw0rd!']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(service.user(poolId, 'ana').password, 'N3w-Passw0rd!');
  });

  test('SOFTWARE_TOKEN_MFA with --mfa-code; without it and without a terminal, one line naming the option, 252', async () => {
    service.addUser(poolId, { username: 'mia', password: 'Passw0rd!', totpSecret: TOTP_SECRET, preferredMfa: 'SOFTWARE_TOKEN_MFA' });
    const missing = await signIn(['--client-id', plain.clientId, '--username', 'mia', '--password', 'Passw0rd!']);
    assert.equal(missing.code, 252);
    assert.match(missing.stderr, /^[^\n]*pass --mfa-code\n$/);
    const code = totpCode(TOTP_SECRET, { time: service.clock.now().getTime() / 1000 });
    const result = await signIn(['--client-id', plain.clientId, '--username', 'mia', '--password', 'Passw0rd!', '--mfa-code', code]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(usernameIn(JSON.parse(result.stdout).AuthenticationResult.IdToken), 'mia');
  });

  test('a wrong password is the service error line, 254, and the password is in no output', async () => {
    const result = await signIn(['--client-id', plain.clientId, '--username', 'diego', '--password', 'Wr0ngPassw0rd!', '--debug']);
    assert.equal(result.code, 254);
    assert.match(result.stderr, /An error occurred \(NotAuthorizedException\) when calling the RespondToAuthChallenge operation: /);
    assert.ok(!result.stderr.includes('Wr0ngPassw0rd!'));
  });

  test('--debug shows the exchange but no password, claim signature or token', async () => {
    const result = await signIn(['--client-id', plain.clientId, '--username', 'diego', '--password', 'Passw0rd!', '--debug']);
    assert.equal(result.code, 0);
    const tokens = JSON.parse(result.stdout).AuthenticationResult;
    assert.match(result.stderr, /InitiateAuth/);
    for (const secret of ['Passw0rd!', tokens.IdToken, tokens.AccessToken, tokens.RefreshToken]) assert.ok(!result.stderr.includes(secret));
    assert.doesNotMatch(result.stderr, /PASSWORD_CLAIM_SIGNATURE": "[A-Za-z0-9+/=]{20,}/);
  });

  test('on a terminal the password is asked for and not echoed', async () => {
    const args = ['sign-in', '--user-pool-id', poolId, '--client-id', plain.clientId, '--username', 'diego', '--endpoint-url', service.endpoint];
    const result = await runOnTerminal([process.execPath, binPath, ...args], env as Record<string, string>, [{ prompt: 'Password: ', type: 'Passw0rd!' }]);
    assert.equal(result.code, 0, result.stdout);
    assert.ok(!result.stdout.includes('Passw0rd!'));
    assert.match(result.stdout, /"IdToken": "/);
  });

  test('secret-hash prints the hash as a response, usable with --query', async () => {
    const result = await runBin(['secret-hash', '--client-id', 'abc', '--client-secret', 's3cret', '--username', 'diego', '--query', 'SecretHash', '--output', 'text'], env);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, `${secretHash({ clientId: 'abc', clientSecret: 's3cret', username: 'diego' })}\n`);
  });

  test('--client-secret on initiate-auth fills SECRET_HASH in the auth parameters', async () => {
    const result = await runBin(
      [
        'initiate-auth', '--client-id', withSecret.clientId, '--auth-flow', 'USER_PASSWORD_AUTH', '--auth-parameters', 'USERNAME=diego,PASSWORD=Passw0rd!',
        '--client-secret', withSecret.clientSecret!, '--endpoint-url', service.endpoint,
      ],
      env,
    );
    assert.equal(result.code, 0, result.stderr);
    assert.ok(JSON.parse(result.stdout).AuthenticationResult.IdToken);
    const sent = service.calls.at(-1)!.input;
    assert.equal(sent.AuthParameters.SECRET_HASH, secretHash({ clientId: withSecret.clientId, clientSecret: withSecret.clientSecret!, username: 'diego' }));
  });

  const tokensOf = async (username: string) => {
    const result = await signIn(['--client-id', plain.clientId, '--username', username, '--password', 'Passw0rd!']);
    assert.equal(result.code, 0, result.stderr);
    return JSON.parse(result.stdout).AuthenticationResult as { IdToken: string; AccessToken: string };
  };

  test('decode-token prints the header and payload; - reads standard input', async () => {
    const { IdToken } = await tokensOf('diego');
    const result = await runBin(['decode-token', IdToken, '--query', 'Payload."cognito:username"', '--output', 'text'], env);
    assert.deepEqual(result, { code: 0, stdout: 'diego\n', stderr: '' });
    const piped = await runBin(['decode-token', '-'], env, `${IdToken}\n`);
    assert.equal(piped.code, 0, piped.stderr);
    assert.equal(JSON.parse(piped.stdout).Payload.token_use, 'id');
  });

  test('decode-token --verify checks the token against the pool keys at the configured endpoint', async () => {
    const { AccessToken } = await tokensOf('diego');
    const good = await runBin(['decode-token', AccessToken, '--verify', '--token-use', 'access', '--endpoint-url', service.endpoint], env);
    assert.equal(good.code, 0, good.stderr);
    const wrongUse = await runBin(['decode-token', AccessToken, '--verify', '--token-use', 'id', '--endpoint-url', service.endpoint], env);
    assert.notEqual(wrongUse.code, 0);
    assert.equal(wrongUse.stderr.split('\n').filter(Boolean).length, 1);
    const forged = service.mintToken(poolId, { username: 'diego' }, { foreignKey: true });
    const bad = await runBin(['decode-token', forged, '--verify', '--endpoint-url', service.endpoint], env);
    assert.notEqual(bad.code, 0);
    assert.equal(bad.stdout, '');
    const garbage = await runBin(['decode-token', 'not-a-token'], env);
    assert.equal(garbage.code, 252);
  });

  test('setup-totp without a terminal and without --code prints the secret and the otpauth URI, verifying nothing', async () => {
    const { AccessToken } = await tokensOf('diego');
    const calls = service.calls.length;
    const result = await runBin(['setup-totp', '--access-token', AccessToken, '--issuer', 'My App', '--endpoint-url', service.endpoint], env);
    assert.equal(result.code, 0, result.stderr);
    const { SecretCode, OtpauthUri } = JSON.parse(result.stdout);
    assert.match(SecretCode, /^[A-Z2-7]+=*$/);
    assert.equal(OtpauthUri, `otpauth://totp/My%20App:diego?secret=${SecretCode}&issuer=My%20App`);
    assert.deepEqual(service.calls.slice(calls).map((call) => call.operation), ['AssociateSoftwareToken']);
  });

  test('setup-totp with --code verifies and, with --set-preferred, makes TOTP the preferred factor', async () => {
    const { AccessToken } = await tokensOf('diego');
    const first = await runBin(['setup-totp', '--access-token', AccessToken, '--endpoint-url', service.endpoint, '--query', 'SecretCode', '--output', 'text'], env);
    const secret = first.stdout.trim();
    const code = totpCode(secret, { time: service.clock.now().getTime() / 1000 });
    const result = await runBin(['setup-totp', '--access-token', AccessToken, '--code', code, '--set-preferred', '--endpoint-url', service.endpoint], env);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).Status, 'SUCCESS');
    assert.equal(service.user(poolId, 'diego').preferredMfa, 'SOFTWARE_TOKEN_MFA');
  });
});
