/**
 * The character classes of the shorthand grammar, per code point. Code points above U+FFFF belong to
 * none of the value classes (the AWS CLI's classes end at U+FFFF).
 */
import { isPythonSpace } from '../python/whitespace.js';

/** The whitespace skipped around separators: ASCII only. */
export function isSeparatorSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\v' || ch === '\f';
}

const KEY_CHARACTERS = /^[A-Za-z0-9\-_.#/:]$/;

/** key-char = ALPHA / DIGIT / "-" / "_" / "." / "#" / "/" / ":" */
export function isKeyCharacter(ch: string): boolean {
  return KEY_CHARACTERS.test(ch);
}

function inRanges(ch: string, ranges: readonly number[]): boolean {
  const cp = ch.codePointAt(0)!;
  for (let i = 0; i < ranges.length; i += 2) if (cp >= ranges[i] && cp <= ranges[i + 1]) return true;
  return false;
}

// Printable characters except space, quotes, ",", "=", "[" and "{".
const START = [0x21, 0x21, 0x23, 0x26, 0x28, 0x2b, 0x2d, 0x3c, 0x3e, 0x5a, 0x5c, 0x7a, 0x7c, 0xffff];
// After the first character of a value that may end a list or hash: anything but quotes, ",", "]", "}".
const FIRST_FOLLOW = [0x21, 0x21, 0x23, 0x26, 0x28, 0x2b, 0x2d, 0x5c, 0x5e, 0x7c, 0x7e, 0xffff];
// After the first character of a later comma-list item: anything but quotes, "," and "=".
const SECOND_FOLLOW = [0x21, 0x21, 0x23, 0x26, 0x28, 0x2b, 0x2d, 0x3c, 0x3e, 0xffff];

export const startsValue = (ch: string): boolean => inRanges(ch, START);
export const continuesFirstValue = (ch: string): boolean => isPythonSpace(ch) || inRanges(ch, FIRST_FOLLOW);
export const continuesSecondValue = (ch: string): boolean => isPythonSpace(ch) || inRanges(ch, SECOND_FOLLOW);
