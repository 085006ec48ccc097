/**
 * A response as the AWS CLI holds it: parsed JSON whose numbers keep the text the service sent, so
 * that `1548099495.428` or `1.0` prints back exactly as Python's json module would print it.
 */
export class RawNumber {
  constructor(readonly text: string) {}

  /** JSON integers stay integers (Python int); anything with a fraction or exponent is a float. */
  get isInteger(): boolean {
    return /^-?\d+$/.test(this.text);
  }

  valueOf(): number {
    return Number(this.text);
  }

  toJSON(): number {
    return Number(this.text);
  }
}

export type OutputValue = null | boolean | string | RawNumber | OutputValue[] | OutputObject;
export interface OutputObject {
  [key: string]: OutputValue;
}

export function isObject(value: unknown): value is OutputObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof RawNumber);
}

/** JSON.parse, keeping each number's text. */
export function parseRawJson(text: string): OutputValue {
  return JSON.parse(text.replace(numberTokens, (match, str) => (str ? match : `{"\\u0000n":"${match}"}`)), (_key, value) =>
    isObject(value) && typeof value['\u0000n'] === 'string' && Object.keys(value).length === 1
      ? new RawNumber(value['\u0000n'])
      : value,
  );
}

// Strings are matched first so that digits inside them are left alone.
const numberTokens = /("(?:[^"\\]|\\.)*")|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
