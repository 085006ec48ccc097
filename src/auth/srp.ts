/**
 * The client side of Cognito's SRP-6a (USER_SRP_AUTH and the PASSWORD_SRP choice of USER_AUTH).
 *
 * Group: RFC 5054's 3072-bit prime, g = 2, k = H(pad(N) | pad(g)). "pad" is the service's own rule
 * (Java's BigInteger.toByteArray in hex): even length, and a leading 00 when the top bit is set; it is
 * not RFC 5054's pad-to-the-length-of-N. H is SHA-256.
 *
 *   x = H(pad(salt) | H(poolName | userIdForSrp | ":" | password))
 *   u = H(pad(A) | pad(B))
 *   S = (B - k * g^x) ^ (a + u * x) mod N
 *   key = HKDF-SHA256(ikm = pad(S), salt = pad(u), info = "Caldera Derived Key"), 16 bytes
 *   signature = Base64(HMAC-SHA256(key, poolName | userIdForSrp | secretBlock | timestamp))
 */
import { createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { ParameterError } from '../errors.js';
import { SignInError } from './errors.js';
import { fromBytes, modPow } from './mod-pow.js';

const N_HEX =
  'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
  'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
  'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
  '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
  'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
  '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
  'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
  'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF';

export const SRP_N = BigInt(`0x${N_HEX}`);
export const SRP_G = 2n;
const HKDF_INFO = Buffer.from('Caldera Derived Key', 'utf8');
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The hex the service hashes for a non-negative integer: even length, 00 in front when the top bit is set. */
export function padHex(value: bigint): string {
  if (value < 0n) throw new RangeError('padHex takes a non-negative integer');
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  return /^[89a-f]/.test(hex) ? `00${hex}` : hex;
}

/** SHA-256 of the bytes a hex string spells, as 64 hex digits. */
function hexHash(hex: string): string {
  return createHash('sha256').update(Buffer.from(hex, 'hex')).digest('hex');
}

export const SRP_K = BigInt(`0x${hexHash(padHex(SRP_N) + padHex(SRP_G))}`);

/** The part of a user pool id after the underscore (`us-east-1_AbCdEf` -> `AbCdEf`), which SRP hashes. */
export function poolNameOf(userPoolId: string): string {
  const match = /^[\w-]+_(\w+)$/.exec(userPoolId);
  if (!match) throw new ParameterError(`Invalid user pool id '${userPoolId}': expected REGION_ID, such as us-east-1_AbCdEfGhI`);
  return match[1]!;
}

/** A fresh private value a: 128 random bytes (1024 bits, well below N). */
export function generateSmallA(random: (size: number) => Uint8Array = randomBytes): bigint {
  for (;;) {
    const a = fromBytes(random(128)) % SRP_N;
    if (a !== 0n) return a;
  }
}

/** A = g^a mod N. */
export function computeLargeA(a: bigint): bigint {
  const A = modPow(SRP_G, a, SRP_N);
  if (A === 0n) throw new RangeError('A mod N must not be 0');
  return A;
}

/** u = H(pad(A) | pad(B)). */
function computeU(A: bigint, B: bigint): bigint {
  return BigInt(`0x${hexHash(padHex(A) + padHex(B))}`);
}

/** x = H(pad(salt) | H(poolName | userIdForSrp | ":" | password)). */
function computeX(salt: bigint, poolName: string, userIdForSrp: string, password: string): bigint {
  const identityHash = createHash('sha256').update(`${poolName}${userIdForSrp}:${password}`, 'utf8').digest('hex');
  return BigInt(`0x${hexHash(padHex(salt) + identityHash)}`);
}

/** The 16-byte key: HKDF-SHA256 of pad(S) with pad(u) as the salt and "Caldera Derived Key" as the info. */
function deriveKey(S: bigint, u: bigint): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(padHex(S), 'hex'), Buffer.from(padHex(u), 'hex'), HKDF_INFO, 16));
}

export interface PasswordKeyInput {
  poolName: string;
  userIdForSrp: string;
  password: string;
  a: bigint;
  A: bigint;
  B: bigint;
  salt: bigint;
}

/** The client's key for the password claim: S from the password, a and the service's B. */
export function passwordAuthenticationKey(input: PasswordKeyInput): Buffer {
  const { a, A, B } = input;
  if (B % SRP_N === 0n) throw new SignInError('The service sent an invalid SRP_B (B mod N is 0)');
  const u = computeU(A, B);
  if (u === 0n) throw new SignInError('The SRP exchange cannot go on: u is 0');
  const x = computeX(input.salt, input.poolName, input.userIdForSrp, input.password);
  const base = (((B - SRP_K * modPow(SRP_G, x, SRP_N)) % SRP_N) + SRP_N) % SRP_N;
  const S = modPow(base, a + u * x, SRP_N);
  return deriveKey(S, u);
}

export interface ClaimInput {
  key: Uint8Array;
  poolName: string;
  userIdForSrp: string;
  /** SECRET_BLOCK as the service sent it (base64). */
  secretBlock: string;
  timestamp: string;
}

/** PASSWORD_CLAIM_SIGNATURE: Base64(HMAC-SHA256(key, poolName | userIdForSrp | secret block bytes | timestamp)). */
export function passwordClaimSignature(input: ClaimInput): string {
  return createHmac('sha256', input.key)
    .update(Buffer.from(input.poolName, 'utf8'))
    .update(Buffer.from(input.userIdForSrp, 'utf8'))
    .update(Buffer.from(input.secretBlock, 'base64'))
    .update(Buffer.from(input.timestamp, 'utf8'))
    .digest('base64');
}

/** TIMESTAMP as the service wants it: `EEE MMM d HH:mm:ss UTC yyyy`, English names, unpadded day. */
export function cognitoTimestamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${WEEKDAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} UTC ${date.getUTCFullYear()}`
  );
}

export interface SrpClientOptions {
  /** The private value a; random when not given (tests fix it). */
  smallA?: bigint;
  /** The clock for TIMESTAMP; the real one when not given. */
  now?: () => Date;
}

/** The responses to a PASSWORD_VERIFIER challenge (SECRET_HASH is the caller's to add). */
export interface PasswordVerifierResponses {
  USERNAME: string;
  PASSWORD_CLAIM_SECRET_BLOCK: string;
  PASSWORD_CLAIM_SIGNATURE: string;
  TIMESTAMP: string;
}

/** One SRP exchange: a and A from the first request until the answer to PASSWORD_VERIFIER. */
export class SrpClient {
  readonly poolName: string;
  private readonly a: bigint;
  private readonly A: bigint;
  private readonly now: () => Date;

  constructor(userPoolId: string, options: SrpClientOptions = {}) {
    this.poolName = poolNameOf(userPoolId);
    this.a = options.smallA ?? generateSmallA();
    this.A = computeLargeA(this.a);
    this.now = options.now ?? (() => new Date());
  }

  /** SRP_A for the auth parameters: A in lower-case hex. */
  get srpA(): string {
    return this.A.toString(16);
  }

  /** Answers PASSWORD_VERIFIER from its challenge parameters (SALT, SRP_B, SECRET_BLOCK, USER_ID_FOR_SRP). */
  answerPasswordVerifier(parameters: Record<string, string | undefined>, password: string): PasswordVerifierResponses {
    const userIdForSrp = parameters.USER_ID_FOR_SRP || parameters.USERNAME;
    const secretBlock = parameters.SECRET_BLOCK;
    if (!userIdForSrp || !secretBlock) throw new SignInError('The PASSWORD_VERIFIER challenge has no USER_ID_FOR_SRP or SECRET_BLOCK');
    const key = passwordAuthenticationKey({
      poolName: this.poolName,
      userIdForSrp,
      password,
      a: this.a,
      A: this.A,
      B: hexParameter(parameters, 'SRP_B'),
      salt: hexParameter(parameters, 'SALT'),
    });
    const timestamp = cognitoTimestamp(this.now());
    return {
      USERNAME: userIdForSrp,
      PASSWORD_CLAIM_SECRET_BLOCK: secretBlock,
      PASSWORD_CLAIM_SIGNATURE: passwordClaimSignature({ key, poolName: this.poolName, userIdForSrp, secretBlock, timestamp }),
      TIMESTAMP: timestamp,
    };
  }
}

function hexParameter(parameters: Record<string, string | undefined>, name: string): bigint {
  const value = parameters[name];
  if (!value || !/^[0-9a-fA-F]+$/.test(value)) throw new SignInError(`The PASSWORD_VERIFIER challenge has no valid ${name}`);
  return BigInt(`0x${value}`);
}
