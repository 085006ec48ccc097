import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MalformedTokenError, TokenVerificationError } from '../../src/auth/errors.js';
import { decodeToken, jwksUrl, verifyToken } from '../../src/auth/tokens.js';
import { ExitCode } from '../../src/errors.js';
import { freePort } from '../support/ports.js';
import { startSrpService, type SrpService } from '../../harness/srp-service.js';

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

describe('decodeToken', () => {
  test('returns the header and payload as JSON objects', () => {
    const token = `${b64({ kid: 'k1', alg: 'RS256' })}.${b64({ sub: 'abc', token_use: 'id', 'cognito:groups': ['admins'], exp: 1700000000 })}.c2ln`;
    assert.deepEqual(decodeToken(token), {
      Header: { kid: 'k1', alg: 'RS256' },
      Payload: { sub: 'abc', token_use: 'id', 'cognito:groups': ['admins'], exp: 1700000000 },
    });
  });

  test('surrounding whitespace (a trailing newline from standard input) is ignored', () => {
    assert.deepEqual(decodeToken(`  ${b64({ a: 1 })}.${b64({ b: 2 })}.\n`).Payload, { b: 2 });
  });

  const malformed: Array<[string, string, RegExp]> = [
    ['one part', 'abc', /not a JWT: expected three base64url parts/],
    ['two parts', 'abc.def', /not a JWT/],
    ['four parts', 'a.b.c.d', /not a JWT/],
    ['characters outside base64url', `${b64({})}.${b64({})}.si+g/`, /not a JWT/],
    ['a header that is not JSON', `${b64('not json')}.${b64({})}.sig`, /^The token header is not base64url-encoded JSON$/],
    ['a payload that is not JSON', `${b64({})}.${b64('{"a":')}.sig`, /^The token payload is not base64url-encoded JSON$/],
    ['a payload that is a list', `${b64({})}.${b64([1])}.sig`, /^The token payload is not a JSON object$/],
    ['a header that is null', `${b64('null')}.${b64({})}.sig`, /^The token header is not a JSON object$/],
    ['an empty string', '', /not a JWT/],
  ];
  for (const [name, token, message] of malformed) {
    test(`${name} is a parameter error`, () => {
      assert.throws(
        () => decodeToken(token),
        (error: unknown) => error instanceof MalformedTokenError && error.exitCode === ExitCode.parameter && message.test(error.message),
      );
    });
  }
});

describe('jwksUrl', () => {
  const issuer = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC';
  test('is under the issuer', () => assert.equal(jwksUrl(issuer), `${issuer}/.well-known/jwks.json`));
  test('moves to the endpoint when one is set', () => {
    assert.equal(jwksUrl(issuer, 'http://127.0.0.1:5000'), 'http://127.0.0.1:5000/us-east-1_AbC/.well-known/jwks.json');
    assert.equal(jwksUrl(issuer, 'http://127.0.0.1:5000/'), 'http://127.0.0.1:5000/us-east-1_AbC/.well-known/jwks.json');
  });
});

describe('verifyToken against the fake pool JWKS', () => {
  let service: SrpService;
  let poolId: string;
  before(async () => {
    service = await startSrpService();
    poolId = service.createPool();
  });
  after(() => service?.stop());

  const verify = (token: string, options: Parameters<typeof verifyToken>[1] = {}) => verifyToken(token, { endpoint: service.endpoint, ...options });
  const fails = async (token: string, message: RegExp | string, options: Parameters<typeof verifyToken>[1] = {}) => {
    await assert.rejects(verify(token, options), (error: unknown) => {
      assert.ok(error instanceof TokenVerificationError, String(error));
      assert.notEqual(error.exitCode, 0);
      assert.ok(!error.message.includes('\n'), 'one line');
      if (typeof message === 'string') assert.equal(error.message, message);
      else assert.match(error.message, message);
      return true;
    });
  };

  test('a good access token and a good id token', async () => {
    const access = await verify(service.mintToken(poolId, { token_use: 'access', username: 'diego' }), { userPoolId: poolId });
    assert.equal(access.Payload.username, 'diego');
    assert.equal(access.Header.alg, 'RS256');
    const id = await verify(service.mintToken(poolId, { token_use: 'id' }), { tokenUse: 'id' });
    assert.equal(id.Payload.token_use, 'id');
  });

  test('signed by another key under the same key id', async () => {
    await fails(service.mintToken(poolId, {}, { foreignKey: true }), 'The token signature is invalid');
  });

  test('a payload changed after signing', async () => {
    const [header, , signature] = service.mintToken(poolId, { username: 'diego' }).split('.');
    const forged = `${header}.${b64({ iss: `https://cognito-idp.us-east-1.amazonaws.com/${poolId}`, token_use: 'access', username: 'root', exp: 9999999999 })}.${signature}`;
    await fails(forged, 'The token signature is invalid');
  });

  test('a key id the JWKS does not have', async () => {
    await fails(service.mintToken(poolId, {}, { kid: 'nope' }), "No signing key with the token's key id nope in the user pool's JWKS");
  });

  test('expired', async () => {
    const exp = Math.floor(Date.now() / 1000) - 60;
    await fails(service.mintToken(poolId, { exp }), `The token expired at ${new Date(exp * 1000).toISOString()}`);
  });

  test('valid now, expired by the given clock', async () => {
    const token = service.mintToken(poolId, {});
    await verify(token);
    await fails(token, /^The token expired at /, { now: () => new Date(Date.now() + 2 * 3600_000) });
  });

  test('no expiry', async () => {
    await fails(service.mintToken(poolId, { exp: undefined }), 'The token has no expiry (exp)');
  });

  test('a refresh-style token_use', async () => {
    await fails(service.mintToken(poolId, { token_use: 'refresh' }), 'The token_use is "refresh", expected id or access');
  });

  test('an access token where an id token is wanted', async () => {
    await fails(service.mintToken(poolId, { token_use: 'access' }), 'The token_use is "access", expected id', { tokenUse: 'id' });
  });

  test('an issuer that is not a Cognito user pool', async () => {
    await fails(service.mintToken(poolId, { iss: 'https://login.example.com/us-east-1_x' }), 'The token issuer is not a Cognito user pool: "https://login.example.com/us-east-1_x"');
    await fails(service.mintToken(poolId, { iss: undefined }), 'The token issuer is not a Cognito user pool: missing');
  });

  test('another user pool than the one given', async () => {
    await fails(service.mintToken(poolId, {}), `The token was issued by user pool ${poolId}, not us-east-1_Other`, { userPoolId: 'us-east-1_Other' });
  });

  test('not RS256, or no key id', async () => {
    const payload = b64({ iss: `https://cognito-idp.us-east-1.amazonaws.com/${poolId}`, exp: 9999999999, token_use: 'id' });
    await fails(`${b64({ alg: 'HS256', kid: 'x' })}.${payload}.c2ln`, 'The token is not signed with RS256 (alg "HS256")');
    await fails(`${b64({ alg: 'none' })}.${payload}.`, 'The token is not signed with RS256 (alg "none")');
    await fails(`${b64({ alg: 'RS256' })}.${payload}.c2ln`, 'The token header has no key id (kid)');
  });

  test('the JWKS endpoint does not answer', async () => {
    const port = await freePort();
    await fails(service.mintToken(poolId, {}), new RegExp(`^Could not fetch the signing keys from http://127\\.0\\.0\\.1:${port}/${poolId}/\\.well-known/jwks\\.json: `), {
      endpoint: `http://127.0.0.1:${port}`,
    });
  });

  test('the JWKS endpoint answers with an error status', async () => {
    const other = `us-east-1_${'z'.repeat(8)}`;
    await fails(service.mintToken(poolId, { iss: `https://cognito-idp.us-east-1.amazonaws.com/${other}` }), `Could not fetch the signing keys from ${service.endpoint}/${other}/.well-known/jwks.json: HTTP 400`);
  });

  test('a JWKS document without keys, or not JSON', async () => {
    const token = service.mintToken(poolId, {});
    const answer = (body: string) => (async () => new Response(body, { status: 200 })) as typeof fetch;
    await fails(token, /is not a JWKS \(no "keys" list\)$/, { fetch: answer('{"key": []}') });
    await fails(token, /are not JSON$/, { fetch: answer('<html>') });
  });
});
