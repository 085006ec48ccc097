/** `int(value)` as Python reads a number text: surrounding whitespace, a sign, `_` between digits. */
import { isUnicodeSpace } from './characters.js';
import { ShorthandError } from './errors.js';

export class IntegerSyntaxError extends ShorthandError {}

// Python reads any Unicode decimal digit (Arabic-Indic, fullwidth, ...) as its value.
const INTEGER = /^[+-]?\p{Nd}+(?:_\p{Nd}+)*$/u;
const DIGIT = /^\p{Nd}$/u;

export function parsePythonInt(value: unknown): number | bigint {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value instanceof Uint8Array) text = String.fromCharCode(...value);
  else {
    const type = Array.isArray(value) ? 'list' : value === null ? 'NoneType' : 'dict';
    throw new IntegerSyntaxError(`int() argument must be a string, a bytes-like object or a real number, not '${type}'`);
  }
  const trimmed = trimUnicodeSpace(text);
  if (!INTEGER.test(trimmed)) {
    throw new IntegerSyntaxError(`invalid literal for int() with base 10: ${pythonRepr(text)}`);
  }
  const big = BigInt(asciiDigits(trimmed.replaceAll('_', '')));
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
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

function trimUnicodeSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isUnicodeSpace(text[start])) start++;
  while (end > start && isUnicodeSpace(text[end - 1])) end--;
  return text.slice(start, end);
}

/** Python's repr of a string, as its error messages quote it. */
export function pythonRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const body = text
    .replaceAll('\\', '\\\\')
    .replaceAll('\n', '\\n')
    .replaceAll('\r', '\\r')
    .replaceAll('\t', '\\t');
  return quote + (quote === "'" ? body.replaceAll("'", "\\'") : body) + quote;
}
