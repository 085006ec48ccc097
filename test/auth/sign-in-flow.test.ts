/**
 * The whole sign-in exchange through the real SDK client against the loopback fake, which checks
 * SRP, SECRET_HASH and every challenge answer as the service does.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import {
  AssociateSoftwareTokenCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { MfaSetupRequiredError, MissingInputError, SignInError } from '../../src/auth/errors.js';
import { secretHash } from '../../src/auth/secret-hash.js';
import { signIn, type AuthResponse, type CallService, type SignInOptions } from '../../src/auth/sign-in-flow.js';
import { cognitoTimestamp, computeLargeA } from '../../src/auth/srp.js';
import { decodeToken, verifyToken } from '../../src/auth/tokens.js';
import { otpauthUri, totpCode } from '../../src/auth/totp.js';
import { ExitCode } from '../../src/errors.js';
import { startSrpService, type SrpService } from '../../harness/srp-service.js';
import { neverAsk, scriptedAsk, sdkCall, sdkClient, type Question, type RecordedCall } from './support/sdk-call.js';

let service: SrpService;
let client: CognitoIdentityProviderClient;
before(async () => {
  service = await startSrpService();
  client = sdkClient(service.endpoint);
});
after(async () => {
  client?.destroy();
  await service?.stop();
});

let poolId: string;
let plain: { clientId: string };
let withSecret: { clientId: string; clientSecret?: string };
beforeEach(() => {
  poolId = service.createPool({ emailAlias: true });
  plain = service.createClient(poolId);
  withSecret = service.createClient(poolId, { secret: true });
  service.addUser(poolId, { username: 'diego', password: 'Passw0rd!', email: 'diego@example.com', phone: '+15555551212' });
});

const usernameIn = (token: string) => decodeToken(token).Payload['cognito:username'];
const idTokenOf = (response: AuthResponse) => String(response.AuthenticationResult?.IdToken);
const totpNow = (secret: string) => totpCode(secret, { time: service.clock.now().getTime() / 1000 });
const lastCodeFor = (username: string) => () => service.outbox.filter((sent) => sent.username === username).at(-1)!.code;

async function run(options: Partial<SignInOptions>, ask = neverAsk, recorded: RecordedCall[] = []) {
  return signIn(sdkCall(client, recorded), { userPoolId: poolId, clientId: plain.clientId, username: 'diego', ...options }, ask);
}

describe('USER_SRP_AUTH', () => {
  test('signs in with two calls and returns the service response with tokens', async () => {
    const recorded: RecordedCall[] = [];
    const response = await run({ password: 'Passw0rd!' }, neverAsk, recorded);
    assert.equal(response.AuthenticationResult?.TokenType, 'Bearer');
    assert.equal(usernameIn(idTokenOf(response)), 'diego');
    assert.deepEqual(recorded.map((call) => call.operation), ['InitiateAuth', 'RespondToAuthChallenge']);
    assert.equal(recorded[0]!.input.AuthFlow, 'USER_SRP_AUTH');
    assert.deepEqual(Object.keys(recorded[0]!.input.AuthParameters).sort(), ['SRP_A', 'USERNAME']);
    assert.equal(recorded[1]!.input.ChallengeName, 'PASSWORD_VERIFIER');
    assert.deepEqual(Object.keys(recorded[1]!.input.ChallengeResponses).sort(), ['PASSWORD_CLAIM_SECRET_BLOCK', 'PASSWORD_CLAIM_SIGNATURE', 'TIMESTAMP', 'USERNAME']);
  });

  test('a fixed a and clock give that A and that TIMESTAMP', async () => {
    const fixed = new Date('2025-02-03T04:05:06Z');
    service.clock.now = () => fixed;
    try {
      const recorded: RecordedCall[] = [];
      await run({ password: 'Passw0rd!', srp: { smallA: 0x1234567890abcdefn, now: () => fixed } }, neverAsk, recorded);
      assert.equal(recorded[0]!.input.AuthParameters.SRP_A, computeLargeA(0x1234567890abcdefn).toString(16));
      assert.equal(recorded[1]!.input.ChallengeResponses.TIMESTAMP, 'Mon Feb 3 04:05:06 UTC 2025');
    } finally {
      service.clock.now = () => new Date();
    }
  });

  test('salts with a leading zero byte or the top bit set', async () => {
    service.addUser(poolId, { username: 'zero', password: 'Passw0rd!', salt: '00017f' + 'ab'.repeat(13) });
    service.addUser(poolId, { username: 'high', password: 'Passw0rd!', salt: 'ff80' + '01'.repeat(14) });
    service.addUser(poolId, { username: 'short', password: 'Passw0rd!', salt: '05' });
    for (const username of ['zero', 'high', 'short']) {
      assert.equal(usernameIn(idTokenOf(await run({ username, password: 'Passw0rd!' }))), username);
    }
  });

  test('asks for the password (without echo) before any call when none was given', async () => {
    const asked: Question[] = [];
    const recorded: RecordedCall[] = [];
    let callsBeforeQuestion = -1;
    const ask = scriptedAsk({ '--password': () => ((callsBeforeQuestion = recorded.length), 'Passw0rd!') }, asked);
    const response = await run({}, ask, recorded);
    assert.ok(response.AuthenticationResult);
    assert.equal(asked.length, 1);
    assert.equal(asked[0]!.request.option, '--password');
    assert.equal(asked[0]!.request.secret, true);
    assert.equal(callsBeforeQuestion, 0);
  });

  test('with no password and nothing to ask on: the error names --password and nothing is sent', async () => {
    const recorded: RecordedCall[] = [];
    await assert.rejects(run({}, scriptedAsk({}), recorded), {
      message: 'The USER_SRP_AUTH flow needs the password, and there is no terminal to ask on: pass --password',
    });
    assert.equal(recorded.length, 0);
  });

  test('the SDK error for a wrong password propagates unchanged', async () => {
    await assert.rejects(run({ password: 'wrong' }), (error: Error & { $metadata?: object }) => {
      assert.equal(error.name, 'NotAuthorizedException');
      assert.equal(error.message, 'Incorrect username or password.');
      assert.ok(error.$metadata, 'the SDK exception itself');
      return true;
    });
  });

  test('an unknown user is the service error', async () => {
    await assert.rejects(run({ username: 'nobody', password: 'x' }), { name: 'UserNotFoundException' });
  });

  test('sign-in by email alias on a client with a secret: SECRET_HASH with the alias first, then USER_ID_FOR_SRP', async () => {
    const recorded: RecordedCall[] = [];
    const response = await run(
      { username: 'diego@example.com', password: 'Passw0rd!', clientId: withSecret.clientId, clientSecret: withSecret.clientSecret! },
      neverAsk,
      recorded,
    );
    assert.equal(usernameIn(idTokenOf(response)), 'diego');
    const hash = (username: string) => secretHash({ clientId: withSecret.clientId, clientSecret: withSecret.clientSecret!, username });
    assert.equal(recorded[0]!.input.AuthParameters.USERNAME, 'diego@example.com');
    assert.equal(recorded[0]!.input.AuthParameters.SECRET_HASH, hash('diego@example.com'));
    assert.equal(recorded[1]!.input.ChallengeResponses.USERNAME, 'diego');
    assert.equal(recorded[1]!.input.ChallengeResponses.SECRET_HASH, hash('diego'));
  });

  test('a client with a secret and no --client-secret: the service error', async () => {
    await assert.rejects(run({ password: 'Passw0rd!', clientId: withSecret.clientId }), {
      name: 'NotAuthorizedException',
      message: `Client ${withSecret.clientId} is configured with secret but SECRET_HASH was not received`,
    });
  });

  test('client metadata goes with every call', async () => {
    const recorded: RecordedCall[] = [];
    await run({ password: 'Passw0rd!', clientMetadata: { source: 'cli' } }, neverAsk, recorded);
    assert.equal(recorded.length, 2);
    for (const call of recorded) assert.deepEqual(call.input.ClientMetadata, { source: 'cli' });
  });
});

describe('the fake checks what the service checks', () => {
  const tampered = (change: (input: Record<string, any>) => void): CallService =>
    sdkCall(client, [], (operation, input) => {
      if (operation === 'RespondToAuthChallenge' && input.ChallengeName === 'PASSWORD_VERIFIER') change(input.ChallengeResponses);
    });
  const options = () => ({ userPoolId: poolId, clientId: plain.clientId, username: 'diego', password: 'Passw0rd!' });

  test('a signature from another password is refused', async () => {
    await assert.rejects(signIn(tampered(() => {}), { ...options(), password: 'Passw0rd?' }, neverAsk), { name: 'NotAuthorizedException' });
  });

  test('a changed signature is refused', async () => {
    const flip = (r: Record<string, string>) => (r.PASSWORD_CLAIM_SIGNATURE = Buffer.from(r.PASSWORD_CLAIM_SIGNATURE!, 'base64').reverse().toString('base64'));
    await assert.rejects(signIn(tampered(flip), options(), neverAsk), { name: 'NotAuthorizedException' });
  });

  test('a zero-padded day in TIMESTAMP is refused', async () => {
    service.clock.now = () => new Date('2025-02-03T04:05:06Z');
    try {
      const pad = (r: Record<string, string>) => (r.TIMESTAMP = r.TIMESTAMP!.replace(' 3 ', ' 03 '));
      await assert.rejects(signIn(tampered(pad), { ...options(), srp: { now: service.clock.now } }, neverAsk), { name: 'InvalidParameterException' });
      assert.equal(cognitoTimestamp(service.clock.now()), 'Mon Feb 3 04:05:06 UTC 2025');
    } finally {
      service.clock.now = () => new Date();
    }
  });

  test('a TIMESTAMP ten minutes off is refused', async () => {
    const late = () => new Date(Date.now() + 10 * 60_000);
    await assert.rejects(signIn(tampered(() => {}), { ...options(), srp: { now: late } }, neverAsk), { name: 'NotAuthorizedException' });
  });

  test('after the verifier, a SECRET_HASH of the alias is refused', async () => {
    const aliasHash = (r: Record<string, string>) =>
      (r.SECRET_HASH = secretHash({ clientId: withSecret.clientId, clientSecret: withSecret.clientSecret!, username: 'diego@example.com' }));
    const input = { ...options(), username: 'diego@example.com', clientId: withSecret.clientId, clientSecret: withSecret.clientSecret! };
    await assert.rejects(signIn(tampered(aliasHash), input, neverAsk), { name: 'NotAuthorizedException', message: /Unable to verify secret hash/ });
  });

  test('amazon-cognito-identity-js signs in against the fake', async () => {
    const { AuthenticationDetails, CognitoUser, CognitoUserPool } = await import('amazon-cognito-identity-js');
    const pool = new CognitoUserPool({ UserPoolId: poolId, ClientId: plain.clientId, endpoint: service.endpoint });
    const user = new CognitoUser({ Username: 'diego@example.com', Pool: pool });
    const idToken = await new Promise<string>((resolve, reject) =>
      user.authenticateUser(new AuthenticationDetails({ Username: 'diego@example.com', Password: 'Passw0rd!' }), {
        onSuccess: (session) => resolve(session.getIdToken().getJwtToken()),
        onFailure: reject,
      }),
    );
    assert.equal(usernameIn(idToken), 'diego');
  });
});

describe('USER_PASSWORD_AUTH and ADMIN_USER_PASSWORD_AUTH', () => {
  test('USER_PASSWORD_AUTH with a secret sends PASSWORD and SECRET_HASH', async () => {
    const recorded: RecordedCall[] = [];
    const response = await run(
      { authFlow: 'USER_PASSWORD_AUTH', password: 'Passw0rd!', clientId: withSecret.clientId, clientSecret: withSecret.clientSecret! },
      neverAsk,
      recorded,
    );
    assert.ok(response.AuthenticationResult);
    assert.deepEqual(Object.keys(recorded[0]!.input.AuthParameters).sort(), ['PASSWORD', 'SECRET_HASH', 'USERNAME']);
  });

  test('ADMIN_USER_PASSWORD_AUTH uses the admin operations with the pool id at each step', async () => {
    service.addUser(poolId, { username: 'newbie', password: 'Temp1234!', forceChangePassword: true });
    const recorded: RecordedCall[] = [];
    const response = await run(
      { authFlow: 'ADMIN_USER_PASSWORD_AUTH', username: 'newbie', password: 'Temp1234!', newPassword: 'Final1234!', clientId: withSecret.clientId, clientSecret: withSecret.clientSecret! },
      neverAsk,
      recorded,
    );
    assert.ok(response.AuthenticationResult);
    assert.deepEqual(recorded.map((call) => call.operation), ['AdminInitiateAuth', 'AdminRespondToAuthChallenge']);
    for (const call of recorded) assert.equal(call.input.UserPoolId, poolId);
  });
});

describe('NEW_PASSWORD_REQUIRED', () => {
  beforeEach(() => service.addUser(poolId, { username: 'newbie', password: 'Temp1234!', email: 'newbie@example.com', forceChangePassword: true }));

  test('--new-password answers it, and the new password signs in afterwards', async () => {
    const recorded: RecordedCall[] = [];
    const response = await run({ username: 'newbie', password: 'Temp1234!', newPassword: 'Final1234!' }, neverAsk, recorded);
    assert.ok(response.AuthenticationResult);
    assert.deepEqual(recorded.map((call) => call.input.ChallengeName), [undefined, 'PASSWORD_VERIFIER', 'NEW_PASSWORD_REQUIRED']);
    assert.ok(recorded[2]!.input.Session, 'the session of the challenge goes back');
    assert.ok((await run({ username: 'newbie', password: 'Final1234!' })).AuthenticationResult);
  });

  test('by email alias with a secret, the answer names the user by username', async () => {
    const recorded: RecordedCall[] = [];
    const input = { username: 'newbie@example.com', password: 'Temp1234!', newPassword: 'Final1234!', clientId: withSecret.clientId, clientSecret: withSecret.clientSecret! };
    assert.ok((await run({ ...input, authFlow: 'USER_PASSWORD_AUTH' }, neverAsk, recorded)).AuthenticationResult);
    assert.equal(recorded[1]!.input.ChallengeResponses.USERNAME, 'newbie');
  });

  test('without --new-password it asks, without echo', async () => {
    const asked: Question[] = [];
    const response = await run({ username: 'newbie', password: 'Temp1234!' }, scriptedAsk({ '--new-password': 'Final1234!' }, asked));
    assert.ok(response.AuthenticationResult);
    assert.deepEqual(asked.map((q) => [q.request.option, q.request.secret]), [['--new-password', true]]);
  });

  test('with nothing to ask on, the missing-input error names --new-password', async () => {
    await assert.rejects(run({ username: 'newbie', password: 'Temp1234!' }, scriptedAsk({})), (error: unknown) => {
      assert.ok(error instanceof MissingInputError);
      assert.equal(error.exitCode, ExitCode.parameter);
      assert.equal(error.option, '--new-password');
      assert.match(error.message, /pass --new-password$/);
      assert.doesNotMatch(error.message, /Temp1234/);
      return true;
    });
  });

  test('a new password the policy refuses is the service error', async () => {
    await assert.rejects(run({ username: 'newbie', password: 'Temp1234!', newPassword: 'short' }), { name: 'InvalidPasswordException' });
  });
});

describe('MFA challenges', () => {
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

  test('SOFTWARE_TOKEN_MFA with --mfa-code', async () => {
    service.addUser(poolId, { username: 'totp', password: 'Passw0rd!', totpSecret: secret });
    const recorded: RecordedCall[] = [];
    const code = totpNow(secret);
    const response = await run({ username: 'totp', password: 'Passw0rd!', mfaCode: code }, neverAsk, recorded);
    assert.ok(response.AuthenticationResult);
    assert.deepEqual(recorded.at(-1)!.input.ChallengeResponses, { USERNAME: 'totp', SOFTWARE_TOKEN_MFA_CODE: code });
  });

  test('SOFTWARE_TOKEN_MFA by email alias with a secret: username and SECRET_HASH of the user', async () => {
    service.addUser(poolId, { username: 'totp', password: 'Passw0rd!', email: 'totp@example.com', totpSecret: secret });
    const recorded: RecordedCall[] = [];
    const input = { username: 'totp@example.com', password: 'Passw0rd!', mfaCode: totpNow(secret), clientId: withSecret.clientId, clientSecret: withSecret.clientSecret! };
    assert.ok((await run(input, neverAsk, recorded)).AuthenticationResult);
    const last = recorded.at(-1)!.input.ChallengeResponses;
    assert.equal(last.USERNAME, 'totp');
    assert.equal(last.SECRET_HASH, secretHash({ clientId: withSecret.clientId, clientSecret: withSecret.clientSecret!, username: 'totp' }));
  });

  test('SOFTWARE_TOKEN_MFA asks for the code when --mfa-code is missing', async () => {
    service.addUser(poolId, { username: 'totp', password: 'Passw0rd!', totpSecret: secret });
    const asked: Question[] = [];
    const response = await run({ username: 'totp', password: 'Passw0rd!' }, scriptedAsk({ '--mfa-code': () => totpNow(secret) }, asked));
    assert.ok(response.AuthenticationResult);
    assert.equal(asked[0]!.request.option, '--mfa-code');
    assert.equal(asked[0]!.request.secret, false);
    assert.match(asked[0]!.question, /authenticator/);
  });

  test('SOFTWARE_TOKEN_MFA with no code and nothing to ask on names --mfa-code', async () => {
    service.addUser(poolId, { username: 'totp', password: 'Passw0rd!', totpSecret: secret });
    await assert.rejects(run({ username: 'totp', password: 'Passw0rd!' }, scriptedAsk({})), (error: unknown) => {
      assert.ok(error instanceof MissingInputError);
      assert.equal(error.option, '--mfa-code');
      assert.match(error.message, /SOFTWARE_TOKEN_MFA challenge asks for a code.*: pass --mfa-code$/);
      return true;
    });
  });

  test('a wrong code is the service error', async () => {
    service.addUser(poolId, { username: 'totp', password: 'Passw0rd!', totpSecret: secret });
    const wrong = String((Number(totpNow(secret)) + 500_000) % 1_000_000).padStart(6, '0');
    await assert.rejects(run({ username: 'totp', password: 'Passw0rd!', mfaCode: wrong }), { name: 'CodeMismatchException' });
  });

  test('SMS_MFA: the question names where the code went', async () => {
    service.addUser(poolId, { username: 'sms', password: 'Passw0rd!', phone: '+15555550123', sms: true });
    const asked: Question[] = [];
    const response = await run({ username: 'sms', password: 'Passw0rd!' }, scriptedAsk({ '--mfa-code': lastCodeFor('sms') }, asked));
    assert.ok(response.AuthenticationResult);
    assert.match(asked[0]!.question, /\+\*+0123/);
  });

  test('EMAIL_OTP as the MFA factor', async () => {
    service.addUser(poolId, { username: 'mail', password: 'Passw0rd!', email: 'mail@example.com', emailOtp: true });
    const recorded: RecordedCall[] = [];
    const response = await run({ username: 'mail', password: 'Passw0rd!' }, scriptedAsk({ '--mfa-code': lastCodeFor('mail') }), recorded);
    assert.ok(response.AuthenticationResult);
    assert.equal(recorded.at(-1)!.input.ChallengeName, 'EMAIL_OTP');
    assert.ok(recorded.at(-1)!.input.ChallengeResponses.EMAIL_OTP_CODE);
  });

  test('SELECT_MFA_TYPE picks the authenticator app, then answers it', async () => {
    service.addUser(poolId, { username: 'both', password: 'Passw0rd!', phone: '+15555550123', sms: true, totpSecret: secret });
    const recorded: RecordedCall[] = [];
    const response = await run({ username: 'both', password: 'Passw0rd!', mfaCode: totpNow(secret) }, neverAsk, recorded);
    assert.ok(response.AuthenticationResult);
    assert.deepEqual(recorded.map((call) => call.input.ChallengeName), [undefined, 'PASSWORD_VERIFIER', 'SELECT_MFA_TYPE', 'SOFTWARE_TOKEN_MFA']);
    assert.equal(recorded[2]!.input.ChallengeResponses.ANSWER, 'SOFTWARE_TOKEN_MFA');
  });

  test('MFA_SETUP: a typed error with the session; after set-up by session the user signs in with a code', async () => {
    const strict = service.createPool({ mfa: 'ON' });
    const app = service.createClient(strict);
    service.addUser(strict, { username: 'fresh', password: 'Passw0rd!' });
    const options = { userPoolId: strict, clientId: app.clientId, username: 'fresh', password: 'Passw0rd!' };
    const error = await signIn(sdkCall(client), options, neverAsk).then(
      () => assert.fail('expected MFA_SETUP'),
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof MfaSetupRequiredError);
    assert.ok(error instanceof SignInError);
    assert.match(error.message, /cognito-idp setup-totp/);
    assert.deepEqual(error.mfasCanSetup, ['SOFTWARE_TOKEN_MFA']);
    assert.ok(error.session);

    const associated = await client.send(new AssociateSoftwareTokenCommand({ Session: error.session }));
    const uri = otpauthUri({ secret: associated.SecretCode!, issuer: 'Test', account: 'fresh' });
    assert.match(uri, /^otpauth:\/\/totp\/Test:fresh\?secret=[A-Z2-7]{32}&issuer=Test$/);
    const verified = await client.send(new VerifySoftwareTokenCommand({ Session: associated.Session, UserCode: totpNow(associated.SecretCode!) }));
    assert.equal(verified.Status, 'SUCCESS');

    const asked: Question[] = [];
    const response = await signIn(sdkCall(client), options, scriptedAsk({ '--mfa-code': () => totpNow(associated.SecretCode!) }, asked));
    assert.ok(response.AuthenticationResult);
    assert.equal(asked[0]!.request.option, '--mfa-code');
  });

  test('TOTP set-up with an access token, then set as preferred, is asked for at the next sign-in', async () => {
    const first = await run({ password: 'Passw0rd!' });
    const AccessToken = String(first.AuthenticationResult?.AccessToken);
    const { SecretCode } = await client.send(new AssociateSoftwareTokenCommand({ AccessToken }));
    await assert.rejects(client.send(new VerifySoftwareTokenCommand({ AccessToken, UserCode: '000000' === totpNow(SecretCode!) ? '111111' : '000000' })), {
      name: 'EnableSoftwareTokenMFAException',
    });
    assert.equal((await client.send(new VerifySoftwareTokenCommand({ AccessToken, UserCode: totpNow(SecretCode!) }))).Status, 'SUCCESS');
    await client.send(new SetUserMFAPreferenceCommand({ AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }));
    const recorded: RecordedCall[] = [];
    await run({ password: 'Passw0rd!', mfaCode: totpNow(SecretCode!) }, neverAsk, recorded);
    assert.equal(recorded.at(-1)!.input.ChallengeName, 'SOFTWARE_TOKEN_MFA');
  });
});

describe('USER_AUTH', () => {
  const userAuth = (extra: Partial<SignInOptions>) => ({ authFlow: 'USER_AUTH' as const, ...extra });

  test('PASSWORD_SRP as the preferred challenge sends SRP_A at once', async () => {
    const recorded: RecordedCall[] = [];
    const response = await run(userAuth({ preferredChallenge: 'PASSWORD_SRP', password: 'Passw0rd!' }), neverAsk, recorded);
    assert.ok(response.AuthenticationResult);
    assert.deepEqual(Object.keys(recorded[0]!.input.AuthParameters).sort(), ['PREFERRED_CHALLENGE', 'SRP_A', 'USERNAME']);
    assert.equal(recorded[1]!.input.ChallengeName, 'PASSWORD_VERIFIER');
  });

  test('PASSWORD as the preferred challenge sends the password at once', async () => {
    const recorded: RecordedCall[] = [];
    assert.ok((await run(userAuth({ preferredChallenge: 'PASSWORD', password: 'Passw0rd!' }), neverAsk, recorded)).AuthenticationResult);
    assert.equal(recorded.length, 1);
    assert.equal(recorded[0]!.input.AuthParameters.PASSWORD, 'Passw0rd!');
  });

  test('EMAIL_OTP with a secret: no password asked, the code from the mail', async () => {
    const asked: Question[] = [];
    const recorded: RecordedCall[] = [];
    const response = await run(
      userAuth({ preferredChallenge: 'EMAIL_OTP', clientId: withSecret.clientId, clientSecret: withSecret.clientSecret! }),
      scriptedAsk({ '--mfa-code': lastCodeFor('diego') }, asked),
      recorded,
    );
    assert.ok(response.AuthenticationResult);
    assert.deepEqual(asked.map((q) => q.request.option), ['--mfa-code']);
    assert.match(asked[0]!.question, /d\*\*\*@e\*\*\*/);
    assert.ok(recorded.at(-1)!.input.ChallengeResponses.EMAIL_OTP_CODE);
  });

  test('SMS_OTP', async () => {
    const recorded: RecordedCall[] = [];
    const response = await run(userAuth({ preferredChallenge: 'SMS_OTP' }), scriptedAsk({ '--mfa-code': lastCodeFor('diego') }), recorded);
    assert.ok(response.AuthenticationResult);
    assert.equal(recorded.at(-1)!.input.ChallengeName, 'SMS_OTP');
  });

  test('without a preference, SELECT_CHALLENGE is answered with PASSWORD_SRP', async () => {
    const recorded: RecordedCall[] = [];
    const response = await run(userAuth({ password: 'Passw0rd!' }), neverAsk, recorded);
    assert.ok(response.AuthenticationResult);
    assert.deepEqual(recorded.map((call) => call.input.ChallengeName), [undefined, 'SELECT_CHALLENGE', 'PASSWORD_VERIFIER']);
    assert.equal(recorded[1]!.input.ChallengeResponses.ANSWER, 'PASSWORD_SRP');
    assert.ok(recorded[1]!.input.ChallengeResponses.SRP_A);
  });

  test('a preferred method the user lacks: one line naming what is available', async () => {
    service.addUser(poolId, { username: 'nophone', password: 'Passw0rd!' });
    await assert.rejects(run(userAuth({ username: 'nophone', preferredChallenge: 'SMS_OTP' })), {
      name: 'Error',
      message: 'The SMS_OTP sign-in method is not available for this user; available: PASSWORD, PASSWORD_SRP',
    });
  });
});

describe('challenges the exchange does not answer (scripted service)', () => {
  const scripted = (...responses: AuthResponse[]): CallService => async () => responses.shift() ?? assert.fail('no more responses');
  const base = { userPoolId: 'us-east-1_P', clientId: 'c', username: 'u', password: 'p', authFlow: 'USER_PASSWORD_AUTH' as const };

  test('CUSTOM_CHALLENGE names respond-to-auth-challenge', async () => {
    await assert.rejects(signIn(scripted({ ChallengeName: 'CUSTOM_CHALLENGE', Session: 's' }), base, neverAsk), (error: unknown) => {
      assert.ok(error instanceof SignInError);
      assert.equal(error.message, 'The CUSTOM_CHALLENGE challenge is not supported by sign-in: answer it with respond-to-auth-challenge');
      return true;
    });
  });

  test('NEW_PASSWORD_REQUIRED with required attributes names them', async () => {
    const response = { ChallengeName: 'NEW_PASSWORD_REQUIRED', ChallengeParameters: { requiredAttributes: '["userAttributes.name","userAttributes.family_name"]' } };
    await assert.rejects(signIn(scripted(response), { ...base, newPassword: 'n' }, neverAsk), /also asks for name, family_name/);
  });

  test('a service that never stops asking is stopped', async () => {
    const endless: CallService = async () => ({ ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 's', ChallengeParameters: {} });
    await assert.rejects(signIn(endless, { ...base, mfaCode: '123456' }, scriptedAsk({ '--mfa-code': '123456' })), /more than 12 challenges/);
  });

  test('PASSWORD_VERIFIER in a flow that did not start SRP', async () => {
    await assert.rejects(signIn(scripted({ ChallengeName: 'PASSWORD_VERIFIER', ChallengeParameters: {} }), base, neverAsk), /did not start SRP/);
  });

  test('an unknown auth flow is refused before any call', async () => {
    await assert.rejects(signIn(scripted(), { ...base, authFlow: 'CUSTOM_AUTH' as never }, neverAsk), /Unsupported auth flow for sign-in: CUSTOM_AUTH/);
  });
});

describe('tokens from the fake', () => {
  test('verify against the pool JWKS on the fake endpoint', async () => {
    const response = await run({ password: 'Passw0rd!' });
    const id = await verifyToken(idTokenOf(response), { endpoint: service.endpoint, tokenUse: 'id', userPoolId: poolId });
    assert.equal(id.Payload['cognito:username'], 'diego');
    const access = await verifyToken(String(response.AuthenticationResult?.AccessToken), { endpoint: service.endpoint });
    assert.equal(access.Payload.token_use, 'access');
  });
});
