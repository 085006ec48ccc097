/** `int(value)` as Python reads a number text: surrounding whitespace, a sign, `_` between digits. */
import { PythonNumber } from './number.js';
import { stringRepr } from './repr.js';
import { isPythonSpace, pythonStrip } from './whitespace.js';

/** Python's ValueError or TypeError from int(), with its message. */
export class IntegerSyntaxError extends Error {}

// Python reads any Unicode decimal digit (Arabic-Indic, fullwidth, ...) as its value.
const INTEGER = /^[+-]?\p{Nd}+(?:_\p{Nd}+)*$/u;
const DIGIT = /^\p{Nd}$/u;

export function parsePythonInt(value: unknown): PythonNumber {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value instanceof Uint8Array) text = String.fromCharCode(...value);
  else {
    const type = Array.isArray(value) ? 'list' : value === null ? 'NoneType' : 'dict';
    throw new IntegerSyntaxError(`int() argument must be a string, a bytes-like object or a real number, not '${type}'`);
  }
  const trimmed = pythonStrip(text, isNumberSpace);
  if (!INTEGER.test(trimmed)) {
    throw new IntegerSyntaxError(`invalid literal for int() with base 10: ${stringRepr(text)}`);
  }
  // BigInt drops the `+` and leading zeros that int() accepts.
  return new PythonNumber(String(BigInt(asciiDigits(trimmed.replaceAll('_', '')))));
}

/** Decimal digits come in runs of ten from a zero, so a digit's value is its distance from the run's start, mod 10. */
function asciiDigits(text: string): string {
  return Array.from(text, (ch) => {
    if (ch >= '0' && ch <= '9') return ch;
    if (!DIGIT.test(ch)) return ch;
    let start = ch.codePointAt(0)!;
    while (DIGIT.test(String.fromCodePoint(start - 1))) start--;
    return String((ch.codePointAt(0)! - start) % 10);
  }).join('');
}

/** int() strips Python's whitespace except the ASCII separators U+001C..U+001F, which it refuses. */
function isNumberSpace(ch: string): boolean {
  return isPythonSpace(ch) && !(ch >= '\x1c' && ch <= '\x1f');
}
