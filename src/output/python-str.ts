/** Python's str() of a scalar of a response, which the text and table formats print. */
import { PythonNumber } from '../python/number.js';
import { pythonStr as strOf } from '../python/repr.js';
import type { OutputValue } from './value.js';

/** A number kept as the service sent it prints as Python prints the int or float it reads. */
export function pythonStr(value: OutputValue | undefined): string {
  if (typeof value === 'string') return value;
  if (value instanceof PythonNumber) return value.repr();
  return strOf(value);
}

export function isScalar(value: OutputValue | undefined): boolean {
  return value === null || value === undefined || typeof value !== 'object' || value instanceof PythonNumber;
}
