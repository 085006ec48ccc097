/**
 * Modular exponentiation for SRP. node:crypto's Diffie-Hellman computes `base ^ privateKey mod prime`
 * in OpenSSL (constant time, about ten times faster than BigInt square-and-multiply on 3072-bit
 * numbers); bases OpenSSL refuses as a public key (0, 1, modulus - 1) go through BigInt.
 */
import { createDiffieHellman } from 'node:crypto';

export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  if (modulus <= 1n) throw new RangeError('modulus must be greater than 1');
  if (exponent < 0n) throw new RangeError('exponent must not be negative');
  const reduced = ((base % modulus) + modulus) % modulus;
  if (exponent === 0n) return 1n;
  if (reduced > 1n && reduced < modulus - 1n) {
    try {
      return nativeModPow(reduced, exponent, modulus);
    } catch {
      // OpenSSL rejected the base as a public key; the BigInt path gives the same answer.
    }
  }
  return bigintModPow(reduced, exponent, modulus);
}

function nativeModPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  const dh = createDiffieHellman(toBytes(modulus), Buffer.from([2]));
  dh.setPrivateKey(toBytes(exponent));
  return fromBytes(dh.computeSecret(toBytes(base)));
}

/** Plain square-and-multiply; also the reference the native path is tested against. */
export function bigintModPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let square = ((base % modulus) + modulus) % modulus;
  let rest = exponent;
  while (rest > 0n) {
    if (rest & 1n) result = (result * square) % modulus;
    square = (square * square) % modulus;
    rest >>= 1n;
  }
  return result % modulus;
}

function toBytes(value: bigint): Buffer {
  const hex = value.toString(16);
  return Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
}

export function fromBytes(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
}
