/**
 * The sign-in exchange against moto's server. moto accepts any SRP claim, so this proves the shape
 * of the exchange (operations, parameters, sessions, usernames and secret hashes per step), not the
 * math, which the SRP fake checks. moto does check SECRET_HASH at InitiateAuth and at the MFA step,
 * and, with MOTO_COGNITO_IDP_USER_POOL_ENABLE_TOTP, real TOTP codes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  AdminCreateUserCommand,
  AssociateSoftwareTokenCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { secretHash } from '../../../src/auth/secret-hash.js';
import { signIn, type SignInOptions } from '../../../src/auth/sign-in-flow.js';
import { decodeToken, verifyToken } from '../../../src/auth/tokens.js';
import { totpCode } from '../../../src/auth/totp.js';
import { requireMoto, startMoto, type Emulator } from '../support/emulators.js';
import { neverAsk, sdkCall, sdkClient, type RecordedCall } from '../../auth/support/sdk-call.js';

describe('sign-in against moto', { skip: !requireMoto() }, () => {
  let moto: Emulator;
  let client: CognitoIdentityProviderClient;
  let poolId: string;
  let clientId: string;
  let clientSecret: string;
  let sub: string;
  /** The authenticator secret, once the TOTP test has set it up. */
  let totpSecret: string;

  before(async () => {
    process.env.MOTO_COGNITO_IDP_USER_POOL_ENABLE_TOTP = 'true';
    moto = await startMoto();
    client = sdkClient(moto.endpoint);
    const pool = await client.send(new CreateUserPoolCommand({ PoolName: 'signin', UsernameAttributes: ['email'] }));
    poolId = pool.UserPool!.Id!;
    const app = await client.send(
      new CreateUserPoolClientCommand({
        UserPoolId: poolId,
        ClientName: 'cli',
        GenerateSecret: true,
        ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      }),
    );
    clientId = app.UserPoolClient!.ClientId!;
    clientSecret = app.UserPoolClient!.ClientSecret!;
    const created = await client.send(
      new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'diego@example.com', TemporaryPassword: 'Temp1234!', MessageAction: 'SUPPRESS' }),
    );
    sub = created.User!.Username!;
  });
  after(async () => {
    client?.destroy();
    await moto?.stop();
  });

  const options = (extra: Partial<SignInOptions>): SignInOptions => ({ userPoolId: poolId, clientId, clientSecret, username: 'diego@example.com', ...extra });
  const hash = (username: string) => secretHash({ clientId, clientSecret, username });
  /** A code with at least 3 s of its 30 s step left, as moto accepts the current step only. */
  async function freshCode(): Promise<string> {
    const left = 30 - ((Date.now() / 1000) % 30);
    if (left < 3) await new Promise((resolve) => setTimeout(resolve, left * 1000 + 50));
    return totpCode(totpSecret);
  }

  test('USER_SRP_AUTH by email with a secret, through NEW_PASSWORD_REQUIRED', async () => {
    const recorded: RecordedCall[] = [];
    const response = await signIn(sdkCall(client, recorded), options({ password: 'Temp1234!', newPassword: 'Final1234!' }), neverAsk);
    assert.equal(response.AuthenticationResult?.TokenType, 'Bearer');
    assert.deepEqual(
      recorded.map((call) => [call.operation, call.input.ChallengeName ?? call.input.AuthFlow]),
      [['InitiateAuth', 'USER_SRP_AUTH'], ['RespondToAuthChallenge', 'PASSWORD_VERIFIER'], ['RespondToAuthChallenge', 'NEW_PASSWORD_REQUIRED']],
    );
    assert.equal(recorded[0]!.input.AuthParameters.SECRET_HASH, hash('diego@example.com'));
    // moto's user pools with email as the username name the user by its generated username.
    for (const call of recorded.slice(1)) {
      assert.equal(call.input.ChallengeResponses.USERNAME, sub);
      assert.equal(call.input.ChallengeResponses.SECRET_HASH, hash(sub));
    }
    assert.equal(decodeToken(String(response.AuthenticationResult?.IdToken)).Payload.sub, sub);
  });

  test('USER_PASSWORD_AUTH with the new password', async () => {
    const recorded: RecordedCall[] = [];
    const response = await signIn(sdkCall(client, recorded), options({ authFlow: 'USER_PASSWORD_AUTH', password: 'Final1234!' }), neverAsk);
    assert.ok(response.AuthenticationResult?.AccessToken);
    assert.equal(recorded.length, 1);
  });

  test('a wrong password is moto\'s error, unchanged', async () => {
    await assert.rejects(signIn(sdkCall(client), options({ authFlow: 'USER_PASSWORD_AUTH', password: 'nope' }), neverAsk), { name: 'NotAuthorizedException' });
  });

  test('TOTP set-up, then USER_SRP_AUTH answers SOFTWARE_TOKEN_MFA with a real code and the user\'s secret hash', async () => {
    const first = await signIn(sdkCall(client), options({ password: 'Final1234!' }), neverAsk);
    const AccessToken = String(first.AuthenticationResult?.AccessToken);
    const { SecretCode } = await client.send(new AssociateSoftwareTokenCommand({ AccessToken }));
    totpSecret = SecretCode!;
    assert.equal((await client.send(new VerifySoftwareTokenCommand({ AccessToken, UserCode: await freshCode() }))).Status, 'SUCCESS');
    await client.send(new SetUserMFAPreferenceCommand({ AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }));

    const recorded: RecordedCall[] = [];
    const code = await freshCode();
    const response = await signIn(sdkCall(client, recorded), options({ password: 'Final1234!', mfaCode: code }), neverAsk);
    assert.ok(response.AuthenticationResult?.IdToken);
    const last = recorded.at(-1)!.input;
    assert.equal(last.ChallengeName, 'SOFTWARE_TOKEN_MFA');
    assert.deepEqual(last.ChallengeResponses, { USERNAME: sub, SOFTWARE_TOKEN_MFA_CODE: code, SECRET_HASH: hash(sub) });

    const wrong = String((Number(code) + 500_000) % 1_000_000).padStart(6, '0');
    await assert.rejects(signIn(sdkCall(client), options({ password: 'Final1234!', mfaCode: wrong }), neverAsk), { name: 'CodeMismatchException' });
  });

  test('moto\'s tokens verify against its JWKS, signed by another implementation', async () => {
    const response = await signIn(sdkCall(client), options({ authFlow: 'USER_PASSWORD_AUTH', password: 'Final1234!', mfaCode: await freshCode() }), neverAsk);
    // moto's server only routes the JWKS to Cognito when the request carries an AWS authorization header.
    const withAuthorization: typeof fetch = (url, init) =>
      fetch(url, { ...init, headers: { authorization: 'AWS4-HMAC-SHA256 Credential=testing/20240101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=0' } });
    const id = await verifyToken(String(response.AuthenticationResult?.IdToken), { endpoint: moto.endpoint, tokenUse: 'id', userPoolId: poolId, fetch: withAuthorization });
    assert.equal(id.Payload.sub, sub);
    await verifyToken(String(response.AuthenticationResult?.AccessToken), { endpoint: moto.endpoint, tokenUse: 'access', fetch: withAuthorization });
  });
});
