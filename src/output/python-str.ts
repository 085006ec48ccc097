/** Python's str() of a scalar, which the text and table formats print. */
import { pythonFloat } from './python-json.js';
import { RawNumber, type OutputValue } from './value.js';

export function pythonStr(value: OutputValue | undefined): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value instanceof RawNumber) return value.isInteger ? value.text : pythonFloat(Number(value.text));
  if (typeof value === 'string') return value;
  return String(value);
}

export function isScalar(value: OutputValue | undefined): boolean {
  return value === null || value === undefined || typeof value !== 'object' || value instanceof RawNumber;
}
