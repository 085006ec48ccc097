/**
 * Puts a parsed response in the form the AWS CLI prints: structure members in model order, members
 * the model does not know and null members left out; map entries in the order they came; timestamps
 * as sent or, with cli_timestamp_format = iso8601, in ISO 8601.
 */
import { findShape } from '../model/resolve.js';
import type { StructureShape } from '../model/types.js';
import { isoTimestamp } from './timestamps.js';
import { PythonNumber } from '../python/number.js';
import { isObject, type OutputObject, type OutputValue } from './value.js';

export type TimestampFormat = 'wire' | 'iso8601';

export function shapeResponse(value: OutputValue, shapeName: string, timestamps: TimestampFormat = 'wire'): OutputValue {
  if (value === null) return value;
  if (shapeName === 'timestamp') {
    return timestamps === 'iso8601' && (value instanceof PythonNumber || typeof value === 'string') ? isoTimestamp(value) : value;
  }
  const shape = findShape(shapeName);
  if (!shape) return value;
  switch (shape.type) {
    case 'structure': {
      if (!isObject(value)) return value;
      const result: OutputObject = {};
      for (const [name, memberShape] of membersOf(shapeName, shape)) {
        const item = value[name];
        if (item !== undefined && item !== null && Object.hasOwn(value, name)) result[name] = shapeResponse(item, memberShape, timestamps);
      }
      return result;
    }
    case 'list': {
      if (!Array.isArray(value)) return value;
      const memberShape = shape.member.shape;
      const result: OutputValue[] = new Array(value.length);
      for (let i = 0; i < value.length; i++) result[i] = shapeResponse(value[i], memberShape, timestamps);
      return result;
    }
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

/** Each structure's [member, shape] pairs in model order, listed once per run. */
const memberLists = new Map<string, [string, string][]>();

function membersOf(shapeName: string, shape: StructureShape): [string, string][] {
  let members = memberLists.get(shapeName);
  if (!members) memberLists.set(shapeName, (members = Object.entries(shape.members).map(([name, member]) => [name, member.shape])));
  return members;
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
  // The merged lists are the listing's bulk: their items are shaped in place (the merged arrays
  // are the result's own), so a long listing is never held twice.
  const lists = new Map<string, OutputValue[]>();
  const structure = findShape(shapeName);
  for (const key of resultKeys) {
    const list = value[key];
    const member = structure?.type === 'structure' && Object.hasOwn(structure.members, key) ? findShape(structure.members[key].shape) : undefined;
    if (!Array.isArray(list) || member?.type !== 'list') continue;
    for (let i = 0; i < list.length; i++) list[i] = shapeResponse(list[i], member.member.shape, timestamps);
    lists.set(key, list);
  }
  const rest: OutputObject = {};
  for (const key of Object.keys(value)) if (!lists.has(key)) rest[key] = value[key];
  const shaped = shapeResponse(rest, shapeName, timestamps);
  if (!isObject(shaped)) return shaped;
  const result: OutputObject = {};
  for (const key of resultKeys) {
    if (lists.has(key)) result[key] = lists.get(key)!;
    else if (Object.hasOwn(shaped, key)) result[key] = shaped[key];
  }
  for (const [key, item] of Object.entries(shaped)) if (!Object.hasOwn(result, key)) result[key] = item;
  if (typeof value.NextToken === 'string' && !Object.hasOwn(result, 'NextToken')) result.NextToken = value.NextToken;
  return result;
}
