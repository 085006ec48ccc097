/**
 * A response as the AWS CLI holds it: parsed JSON whose numbers keep the text the service sent, so
 * that `1548099495.428` or `1.0` prints back exactly as Python's json module would print it.
 */
import { PythonNumber } from '../python/number.js';

export type OutputValue = null | boolean | string | PythonNumber | OutputValue[] | OutputObject;
export interface OutputObject {
  [key: string]: OutputValue;
}

export function isObject(value: unknown): value is OutputObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof PythonNumber);
}

/** The value if it is an object, else an empty one. */
export function asObject(value: OutputValue): OutputObject {
  return isObject(value) ? value : {};
}

export function isScalar(value: OutputValue | undefined): boolean {
  return value === null || value === undefined || typeof value !== 'object' || value instanceof PythonNumber;
}

/** JSON.parse, keeping each number's text. */
export function parseRawJson(text: string): OutputValue {
  if (!mayHoldNumbersJsonParseLoses(text)) {
    const parsed = numbersToRaw(JSON.parse(text) as unknown);
    if (parsed !== LOST) return parsed;
  }
  return parseKeepingNumberText(text);
}

/**
 * What JSON.parse loses of a number is its text, and the text matters only where the value does
 * not say what Python would print: a float token with a whole value (`1.0`, `1.7E9`, which Python
 * prints as floats) or an integer beyond 2^53 (which Python keeps exact). The first kind is found
 * here (the patterns may also match inside strings: those bodies take the slower way), the second
 * by numbersToRaw. Every other number, such as a timestamp `1.548099495428E9`, prints from its
 * value alone.
 */
function mayHoldNumbersJsonParseLoses(text: string): boolean {
  if (wholeDecimalFloat.test(text)) return true;
  for (const [token] of text.matchAll(exponentFloats)) if (Number.isInteger(Number(token))) return true;
  return false;
}

const wholeDecimalFloat = /\d\.0+(?:[,\]}\s]|$)/;
const exponentFloats = /-?\d+(?:\.\d+)?[eE][+-]?\d+(?=[,\]}\s]|$)/g;

const LOST = Symbol('a number JSON.parse could not keep');

/** The parsed value with its numbers as PythonNumbers, changed in place; LOST for an unsafe integer. */
function numbersToRaw(value: unknown): OutputValue | typeof LOST {
  if (typeof value === 'number') return Number.isInteger(value) && !Number.isSafeInteger(value) ? LOST : new PythonNumber(String(value));
  if (value === null || typeof value !== 'object') return value as OutputValue;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'number' || (item !== null && typeof item === 'object')) {
        const converted = numbersToRaw(item);
        if (converted === LOST) return LOST;
        value[i] = converted;
      }
    }
    return value as OutputValue[];
  }
  const object = value as Record<string, unknown>;
  for (const key in object) {
    const item = object[key];
    if (typeof item === 'number' || (item !== null && typeof item === 'object')) {
      // Assigning to `__proto__` would set the prototype: the slower way defines the property.
      if (key === '__proto__') return LOST;
      const converted = numbersToRaw(item);
      if (converted === LOST) return LOST;
      object[key] = converted;
    }
  }
  return object as OutputObject;
}

/**
 * Every number token becomes a one-key object holding its text, turned into a PythonNumber.
 */
function parseKeepingNumberText(text: string): OutputValue {
  return JSON.parse(text.replace(numberTokens, (match, str) => (str ? match : `{"\\u0000n":"${match}"}`)), (_key, value) =>
    isObject(value) && typeof value['\u0000n'] === 'string' && Object.keys(value).length === 1
      ? new PythonNumber(value['\u0000n'])
      : value,
  );
}

// Strings are matched first so that digits inside them are left alone.
const numberTokens = /("(?:[^"\\]|\\.)*")|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
