/**
 * Cognito JWTs: decoding without verification, and verification against the user pool's JWKS
 * (RS256 signature, issuer, expiry, token_use), each failure one line.
 */
import { createPublicKey, createVerify, type JsonWebKey } from 'node:crypto';
import { MalformedTokenError, TokenVerificationError } from './errors.js';

export interface DecodedToken {
  Header: Record<string, unknown>;
  Payload: Record<string, unknown>;
}

/** A Cognito user pool issuer: https://cognito-idp.REGION.amazonaws.com/POOL_ID */
const COGNITO_ISSUER = /^https:\/\/cognito-idp\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/([\w-]+_\w+)$/;

/** The header and payload of a JWT, read without checking anything. */
export function decodeToken(token: string): DecodedToken {
  return splitToken(token).decoded;
}

export interface VerifyOptions {
  /** Replaces the origin of the issuer URL when fetching the JWKS (the --endpoint-url of tests and emulators). */
  endpoint?: string;
  /** The token_use the token must have; either `id` or `access` when not given. */
  tokenUse?: 'id' | 'access';
  /** The user pool the token must come from. */
  userPoolId?: string;
  /** The clock; the real one when not given. */
  now?: () => Date;
  /** How the JWKS is fetched; the global fetch when not given. */
  fetch?: typeof fetch;
}

/** Checks a token as an API would; returns it decoded, or throws TokenVerificationError with one line. */
export async function verifyToken(token: string, options: VerifyOptions = {}): Promise<DecodedToken> {
  const { decoded, signingInput, signature } = splitToken(token);
  const { Header: header, Payload: payload } = decoded;
  if (header.alg !== 'RS256') throw new TokenVerificationError(`The token is not signed with RS256 (alg ${describe(header.alg)})`);
  if (typeof header.kid !== 'string') throw new TokenVerificationError('The token header has no key id (kid)');

  const issuer = payload.iss;
  const issuerMatch = typeof issuer === 'string' ? COGNITO_ISSUER.exec(issuer) : null;
  if (!issuerMatch) throw new TokenVerificationError(`The token issuer is not a Cognito user pool: ${describe(issuer)}`);
  if (options.userPoolId && issuerMatch[2] !== options.userPoolId) {
    throw new TokenVerificationError(`The token was issued by user pool ${issuerMatch[2]}, not ${options.userPoolId}`);
  }

  const key = findKey(await fetchJwks(jwksUrl(issuer as string, options.endpoint), options.fetch ?? fetch), header.kid);
  const verifier = createVerify('RSA-SHA256');
  verifier.update(signingInput);
  if (!verifier.verify(key, signature)) throw new TokenVerificationError('The token signature is invalid');

  const exp = payload.exp;
  if (typeof exp !== 'number') throw new TokenVerificationError('The token has no expiry (exp)');
  const now = (options.now ?? (() => new Date()))().getTime() / 1000;
  if (exp <= now) throw new TokenVerificationError(`The token expired at ${new Date(exp * 1000).toISOString()}`);

  const expected = options.tokenUse ? [options.tokenUse] : ['id', 'access'];
  if (!expected.includes(payload.token_use as string)) {
    throw new TokenVerificationError(`The token_use is ${describe(payload.token_use)}, expected ${expected.join(' or ')}`);
  }
  return decoded;
}

/** Where the pool's keys are: the issuer's /.well-known/jwks.json, on `endpoint` when given. */
export function jwksUrl(issuer: string, endpoint?: string): string {
  const url = `${issuer}/.well-known/jwks.json`;
  if (!endpoint) return url;
  const { pathname } = new URL(url);
  return `${endpoint.replace(/\/+$/, '')}${pathname}`;
}

interface Jwk extends JsonWebKey {
  kid?: string;
}

async function fetchJwks(url: string, fetchFn: typeof fetch): Promise<Jwk[]> {
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
    throw new TokenVerificationError(`Could not fetch the signing keys from ${url}: ${cause}`);
  }
  if (!response.ok) throw new TokenVerificationError(`Could not fetch the signing keys from ${url}: HTTP ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new TokenVerificationError(`The signing keys at ${url} are not JSON`);
  }
  const keys = (body as { keys?: unknown }).keys;
  if (!Array.isArray(keys)) throw new TokenVerificationError(`The document at ${url} is not a JWKS (no "keys" list)`);
  return keys as Jwk[];
}

function findKey(keys: Jwk[], kid: string) {
  const jwk = keys.find((key) => key.kid === kid);
  if (!jwk) throw new TokenVerificationError(`No signing key with the token's key id ${kid} in the user pool's JWKS`);
  try {
    return createPublicKey({ key: jwk, format: 'jwk' });
  } catch {
    throw new TokenVerificationError(`The signing key ${kid} in the user pool's JWKS is not a valid RSA key`);
  }
}

function splitToken(token: string): { decoded: DecodedToken; signingInput: string; signature: Buffer } {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]*$/.test(part))) {
    throw new MalformedTokenError('The token is not a JWT: expected three base64url parts separated by dots');
  }
  const [header, payload, signature] = parts as [string, string, string];
  return {
    decoded: { Header: jsonPart(header, 'header'), Payload: jsonPart(payload, 'payload') },
    signingInput: `${header}.${payload}`,
    signature: Buffer.from(signature, 'base64url'),
  };
}

function jsonPart(part: string, name: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    throw new MalformedTokenError(`The token ${name} is not base64url-encoded JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MalformedTokenError(`The token ${name} is not a JSON object`);
  }
  return value as Record<string, unknown>;
}

function describe(value: unknown): string {
  return value === undefined ? 'missing' : JSON.stringify(value);
}
