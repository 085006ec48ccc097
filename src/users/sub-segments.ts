/**
 * Splits a pool into disjoint slices by the first hex digits of `sub` (a UUID, so its digits are
 * spread evenly): up to 16 segments share out the 16 one-digit prefixes, up to 256 the 256 two-digit
 * ones. Every sub starts with exactly one prefix, so the slices together hold each user once.
 */
import { ParameterError } from '../errors.js';

const hexDigits = '0123456789abcdef';
const maxSegments = 256;

/** For each segment, the `sub` prefixes it lists; one segment lists the pool with no prefix. */
export function subPrefixSegments(count: number): string[][] {
  if (!Number.isInteger(count) || count < 1 || count > maxSegments) {
    throw new ParameterError(`--segments must be a whole number from 1 to ${maxSegments}, not ${count}`);
  }
  if (count === 1) return [['']];
  const prefixes = count <= 16 ? [...hexDigits] : [...hexDigits].flatMap((a) => [...hexDigits].map((b) => a + b));
  const segments: string[][] = Array.from({ length: count }, () => []);
  prefixes.forEach((prefix, i) => segments[i % count].push(prefix));
  return segments;
}

/** The ListUsers filter for one prefix. */
export function subPrefixFilter(prefix: string): string {
  return `sub ^= "${prefix}"`;
}
