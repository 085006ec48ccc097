/**
 * Puts a parsed response in the form the AWS CLI prints: structure members in model order, members
 * the model does not know and null members left out; map entries in the order they came; timestamps
 * as sent or, with cli_timestamp_format = iso8601, in ISO 8601.
 */
import { shapes } from '../commands/shapes.js';
import { isoTimestamp } from './timestamps.js';
import { isObject, RawNumber, type OutputObject, type OutputValue } from './value.js';

export type TimestampFormat = 'wire' | 'iso8601';

export function shapeResponse(value: OutputValue, shapeName: string, timestamps: TimestampFormat = 'wire'): OutputValue {
  if (value === null) return value;
  if (shapeName === 'timestamp') {
    return timestamps === 'iso8601' && (value instanceof RawNumber || typeof value === 'string') ? isoTimestamp(value) : value;
  }
  const shape = shapes[shapeName];
  if (!shape) return value;
  switch (shape.type) {
    case 'structure': {
      if (!isObject(value)) return value;
      const result: OutputObject = {};
      for (const [name, member] of Object.entries(shape.members)) {
        const item = Object.hasOwn(value, name) ? value[name] : null;
        if (item !== null) result[name] = shapeResponse(item, member.shape, timestamps);
      }
      return result;
    }
    case 'list':
      return Array.isArray(value) ? value.map((item) => shapeResponse(item, shape.member.shape, timestamps)) : value;
    case 'map': {
      if (!isObject(value)) return value;
      const result: OutputObject = {};
      for (const [key, item] of Object.entries(value)) result[key] = shapeResponse(item, shape.value.shape, timestamps);
      return result;
    }
    default:
      return value;
  }
}

/**
 * A merged paginated result in the order botocore builds it: the result keys, then the other
 * members in model order, then the NextToken that resumes a listing cut by --max-items.
 */
export function shapeFullResult(
  value: OutputValue,
  shapeName: string,
  resultKeys: string[],
  timestamps: TimestampFormat = 'wire',
): OutputValue {
  if (!isObject(value)) return value;
  const shaped = shapeResponse(value, shapeName, timestamps);
  if (!isObject(shaped)) return shaped;
  const result: OutputObject = {};
  for (const key of resultKeys) if (Object.hasOwn(shaped, key)) result[key] = shaped[key];
  for (const [key, item] of Object.entries(shaped)) if (!Object.hasOwn(result, key)) result[key] = item;
  if (typeof value.NextToken === 'string' && !Object.hasOwn(result, 'NextToken')) result.NextToken = value.NextToken;
  return result;
}
