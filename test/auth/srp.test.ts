import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { SignInError } from '../../src/auth/errors.js';
import { bigintModPow, fromBytes, modPow } from '../../src/auth/mod-pow.js';
import {
  SRP_G,
  SRP_K,
  SRP_N,
  SrpClient,
  cognitoTimestamp,
  computeLargeA,
  generateSmallA,
  padHex,
  passwordAuthenticationKey,
  passwordClaimSignature,
  poolNameOf,
} from '../../src/auth/srp.js';
import { ParameterError } from '../../src/errors.js';

const require = createRequire(import.meta.url);

/** The public reference implementation, loaded from the devDependency (its internals have no types). */
interface ReferenceBigInteger {
  toString(radix: number): string;
}
interface ReferenceHelper {
  smallAValue: ReferenceBigInteger;
  largeAValue: ReferenceBigInteger | undefined;
  getLargeAValue(callback: (error: unknown, value: ReferenceBigInteger) => void): void;
  getPasswordAuthenticationKey(
    username: string,
    password: string,
    B: ReferenceBigInteger,
    salt: ReferenceBigInteger,
    callback: (error: unknown, key: Uint8Array) => void,
  ): void;
  padHex(value: ReferenceBigInteger): string;
}
const reference = require('amazon-cognito-identity-js') as {
  AuthenticationHelper: new (poolName: string) => ReferenceHelper;
};
const ReferenceBigInteger = (require('amazon-cognito-identity-js/lib/BigInteger') as {
  default: new (value: string, radix: number) => ReferenceBigInteger;
}).default;
// Resolved from the reference library's own location: it is that library's dependency, not ours.
const { Sha256 } = createRequire(require.resolve('amazon-cognito-identity-js'))('@aws-crypto/sha256-js') as {
  Sha256: new (secret?: Uint8Array) => { update(data: Uint8Array): void; digestSync(): Uint8Array };
};
const refInt = (value: bigint) => new ReferenceBigInteger(value.toString(16), 16);

/** What amazon-cognito-identity-js computes for a fixed a: A, and the claim signature (as CognitoUser builds it). */
function referenceClaim(input: { poolName: string; a: bigint; userId: string; password: string; B: bigint; saltHex: string; secretBlock: string; timestamp: string }) {
  const helper = new reference.AuthenticationHelper(input.poolName);
  helper.smallAValue = refInt(input.a);
  helper.largeAValue = undefined;
  let A = '';
  helper.getLargeAValue((_error, value) => (A = value.toString(16)));
  let key: Uint8Array | undefined;
  helper.getPasswordAuthenticationKey(input.userId, input.password, refInt(input.B), new ReferenceBigInteger(input.saltHex, 16), (_error, value) => (key = value));
  const hmac = new Sha256(key);
  hmac.update(
    Buffer.concat([
      Buffer.from(input.poolName, 'utf8'),
      Buffer.from(input.userId, 'utf8'),
      Buffer.from(input.secretBlock, 'base64'),
      Buffer.from(input.timestamp, 'utf8'),
    ]),
  );
  return { A, signature: Buffer.from(hmac.digestSync()).toString('base64') };
}

describe('SRP group and encoding', () => {
  test('N is the 3072-bit RFC 5054 prime and k = H(pad(N) | pad(g))', () => {
    assert.equal(SRP_N.toString(2).length, 3072);
    assert.equal(SRP_G, 2n);
    // Computed independently: SHA-256 of 00 || N || 02.
    const expected = createHash('sha256')
      .update(Buffer.concat([Buffer.from([0]), Buffer.from(SRP_N.toString(16), 'hex'), Buffer.from([2])]))
      .digest('hex');
    assert.equal(SRP_K.toString(16).padStart(64, '0'), expected);
  });

  const padCases: Array<[bigint, string]> = [
    [0n, '00'],
    [1n, '01'],
    [0x7fn, '7f'],
    [0x80n, '0080'],
    [0xecn, '00ec'],
    [0x123n, '0123'],
    [0x8123n, '008123'],
    [0xfffn, '0fff'],
    [0x7fffn, '7fff'],
  ];
  for (const [value, hex] of padCases) {
    test(`padHex(0x${value.toString(16)}) is ${hex}`, () => assert.equal(padHex(value), hex));
  }

  test('padHex agrees with the reference for random values of every length parity and top bit', () => {
    const helper = new reference.AuthenticationHelper('pool');
    for (let i = 0; i < 200; i++) {
      const value = fromBytes(randomBytes(1 + (i % 40))) >> BigInt(i % 8);
      assert.equal(padHex(value), helper.padHex(refInt(value)), value.toString(16));
    }
  });

  test('padHex refuses negative numbers (the exchange never hashes one)', () => {
    assert.throws(() => padHex(-1n), RangeError);
  });
});

describe('modular exponentiation', () => {
  test('the native path agrees with square-and-multiply on random 3072-bit values', () => {
    for (let i = 0; i < 6; i++) {
      const base = fromBytes(randomBytes(384)) % SRP_N;
      const exponent = fromBytes(randomBytes(1 + i * 30));
      assert.equal(modPow(base, exponent, SRP_N), bigintModPow(base, exponent, SRP_N));
    }
  });

  test('edge bases OpenSSL refuses as public keys go through BigInt', () => {
    assert.equal(modPow(0n, 5n, SRP_N), 0n);
    assert.equal(modPow(1n, 12345n, SRP_N), 1n);
    assert.equal(modPow(SRP_N - 1n, 3n, SRP_N), SRP_N - 1n);
    assert.equal(modPow(SRP_N - 1n, 2n, SRP_N), 1n);
    assert.equal(modPow(-1n, 3n, SRP_N), SRP_N - 1n);
    assert.equal(modPow(7n, 0n, SRP_N), 1n);
  });
});

describe('TIMESTAMP', () => {
  const cases: Array<[string, string]> = [
    ['2024-03-01T00:00:00Z', 'Fri Mar 1 00:00:00 UTC 2024'],
    ['2024-03-09T09:05:07Z', 'Sat Mar 9 09:05:07 UTC 2024'],
    ['2024-03-10T23:59:59Z', 'Sun Mar 10 23:59:59 UTC 2024'],
    ['2023-01-02T12:00:00Z', 'Mon Jan 2 12:00:00 UTC 2023'],
    ['2023-02-07T01:02:03Z', 'Tue Feb 7 01:02:03 UTC 2023'],
    ['2023-04-05T10:10:10Z', 'Wed Apr 5 10:10:10 UTC 2023'],
    ['2023-05-04T00:00:01Z', 'Thu May 4 00:00:01 UTC 2023'],
    ['2023-06-30T18:30:00Z', 'Fri Jun 30 18:30:00 UTC 2023'],
    ['2023-07-08T00:00:00Z', 'Sat Jul 8 00:00:00 UTC 2023'],
    ['2023-08-06T00:00:00Z', 'Sun Aug 6 00:00:00 UTC 2023'],
    ['2023-09-03T00:00:00Z', 'Sun Sep 3 00:00:00 UTC 2023'],
    ['2023-10-31T00:00:00Z', 'Tue Oct 31 00:00:00 UTC 2023'],
    ['2023-11-01T00:00:00Z', 'Wed Nov 1 00:00:00 UTC 2023'],
    ['2023-12-25T00:00:00Z', 'Mon Dec 25 00:00:00 UTC 2023'],
    // A local time zone never leaks in: 23:30 on the 31st in UTC is still the 31st.
    ['2023-12-31T23:30:00Z', 'Sun Dec 31 23:30:00 UTC 2023'],
  ];
  for (const [iso, expected] of cases) {
    test(`${iso} -> ${expected}`, () => assert.equal(cognitoTimestamp(new Date(iso)), expected));
  }

  test('days 1 to 9 are not padded', () => {
    for (let day = 1; day <= 9; day++) {
      const text = cognitoTimestamp(new Date(Date.UTC(2025, 0, day, 8, 7, 6)));
      assert.match(text, new RegExp(`^[A-Z][a-z]{2} Jan ${day} 08:07:06 UTC 2025$`));
    }
  });
});

describe('pool name', () => {
  test('is the part after the underscore', () => {
    assert.equal(poolNameOf('us-east-1_AbCdEfGhI'), 'AbCdEfGhI');
    assert.equal(poolNameOf('eu-central-1_x1'), 'x1');
  });
  test('a pool id without one is a parameter error', () => {
    assert.throws(() => poolNameOf('AbCdEf'), (error: unknown) => error instanceof ParameterError && /Invalid user pool id 'AbCdEf'/.test((error as Error).message));
  });
});

describe('cross-check against amazon-cognito-identity-js', () => {
  const cases = [
    { poolName: 'AbCdEfGhI', userId: 'diego', password: 'Passw0rd!', saltHex: '8f0e4c1a2b3c4d5e6f708192a3b4c5d6' },
    { poolName: 'x1', userId: 'b3f1c0de-0000-4000-8000-123456789abc', password: 'pässwörd ✓', saltHex: '0a1b2c' },
    { poolName: 'Pool_', userId: 'ana.maria', password: 'x', saltHex: '00ff00ff00ff00ff' },
    { poolName: 'Z9', userId: 'user+tag@example.com', password: 'correct horse battery staple', saltHex: '7' },
    { poolName: 'q', userId: '😀', password: '🔑🔑', saltHex: 'f'.repeat(32) },
  ];
  cases.forEach((input, index) => {
    test(`same A and same PASSWORD_CLAIM_SIGNATURE for fixed a, B, salt and time (case ${index + 1})`, () => {
      const a = generateSmallA();
      const B = fromBytes(randomBytes(384)) % SRP_N;
      const secretBlock = randomBytes(48 + index).toString('base64');
      const now = new Date(Date.UTC(2024, 1, index + 1, 3, 4, 5));
      const timestamp = cognitoTimestamp(now);
      const expected = referenceClaim({ ...input, a, B, secretBlock, timestamp });

      const client = new SrpClient(`us-west-2_${input.poolName}`, { smallA: a, now: () => now });
      assert.equal(client.srpA, expected.A);
      const answer = client.answerPasswordVerifier(
        { SALT: input.saltHex, SRP_B: B.toString(16), SECRET_BLOCK: secretBlock, USER_ID_FOR_SRP: input.userId, USERNAME: input.userId },
        input.password,
      );
      assert.deepEqual(answer, {
        USERNAME: input.userId,
        PASSWORD_CLAIM_SECRET_BLOCK: secretBlock,
        PASSWORD_CLAIM_SIGNATURE: expected.signature,
        TIMESTAMP: timestamp,
      });
    });
  });

  test('the key and signature functions agree with the reference on their own', () => {
    const a = generateSmallA();
    const A = computeLargeA(a);
    const B = fromBytes(randomBytes(384)) % SRP_N;
    const expected = referenceClaim({ poolName: 'P', a, userId: 'u', password: 'p', B, saltHex: 'abcdef', secretBlock: 'AAEC', timestamp: 'Mon Jan 1 00:00:00 UTC 2024' });
    const key = passwordAuthenticationKey({ poolName: 'P', userIdForSrp: 'u', password: 'p', a, A, B, salt: 0xabcdefn });
    assert.equal(key.length, 16);
    assert.equal(passwordClaimSignature({ key, poolName: 'P', userIdForSrp: 'u', secretBlock: 'AAEC', timestamp: 'Mon Jan 1 00:00:00 UTC 2024' }), expected.signature);
  });
});

describe('SrpClient', () => {
  test('A is g^a mod N in lower-case hex, a fresh a each time', () => {
    const one = new SrpClient('us-east-1_P');
    const two = new SrpClient('us-east-1_P');
    assert.match(one.srpA, /^[0-9a-f]+$/);
    assert.notEqual(one.srpA, two.srpA);
    assert.equal(new SrpClient('us-east-1_P', { smallA: 5n }).srpA, (2n ** 5n).toString(16));
  });

  test('the clock is read when answering, not when starting', () => {
    let now = new Date('2024-01-01T00:00:00Z');
    const client = new SrpClient('us-east-1_P', { smallA: 12345n, now: () => now });
    now = new Date('2024-06-09T07:08:09Z');
    const answer = client.answerPasswordVerifier({ SALT: '01', SRP_B: 'abc', SECRET_BLOCK: 'AA==', USER_ID_FOR_SRP: 'u' }, 'p');
    assert.equal(answer.TIMESTAMP, 'Sun Jun 9 07:08:09 UTC 2024');
  });

  const badParameters: Array<[string, Record<string, string>, RegExp]> = [
    ['B = 0', { SALT: '01', SRP_B: '0', SECRET_BLOCK: 'AA==', USER_ID_FOR_SRP: 'u' }, /invalid SRP_B/],
    ['B = N', { SALT: '01', SRP_B: SRP_N.toString(16), SECRET_BLOCK: 'AA==', USER_ID_FOR_SRP: 'u' }, /invalid SRP_B/],
    ['SRP_B not hex', { SALT: '01', SRP_B: 'xyz', SECRET_BLOCK: 'AA==', USER_ID_FOR_SRP: 'u' }, /no valid SRP_B/],
    ['no SALT', { SRP_B: 'abc', SECRET_BLOCK: 'AA==', USER_ID_FOR_SRP: 'u' }, /no valid SALT/],
    ['no SECRET_BLOCK', { SALT: '01', SRP_B: 'abc', USER_ID_FOR_SRP: 'u' }, /no USER_ID_FOR_SRP or SECRET_BLOCK/],
    ['no user id', { SALT: '01', SRP_B: 'abc', SECRET_BLOCK: 'AA==' }, /no USER_ID_FOR_SRP or SECRET_BLOCK/],
  ];
  for (const [name, parameters, message] of badParameters) {
    test(`refuses a PASSWORD_VERIFIER with ${name}`, () => {
      const client = new SrpClient('us-east-1_P', { smallA: 99n });
      assert.throws(() => client.answerPasswordVerifier(parameters, 'p'), (error: unknown) => error instanceof SignInError && message.test((error as Error).message));
    });
  }
});
