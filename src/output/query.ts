/**
 * --query: a JMESPath expression compiled once (a bad one is a parameter error, before any call)
 * and applied to output values. Numbers become plain numbers for the search, and come back as
 * PythonNumbers that print as Python would: floats stay floats, even `1.0`.
 */
import { compile, TreeInterpreter } from '@jmespath-community/jmespath';
import type { JSONValue } from '@jmespath-community/jmespath';
import { ParameterError } from '../errors.js';
import { jsonFloat } from '../python/float.js';
import { PythonNumber } from '../python/number.js';
import type { OutputObject, OutputValue } from './value.js';

export interface Query {
  readonly expression: string;
  search(value: OutputValue): OutputValue;
}

export function compileQuery(expression: string): Query {
  let ast: ReturnType<typeof compile>;
  try {
    // Backquoted bare words (`diego`) are strings, as the AWS CLI's jmespath still accepts them.
    ast = compile(expression, { enable_legacy_literals: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ParameterError(`Bad value for --query ${expression}: Invalid jmespath expression: ${reason}`);
  }
  return {
    expression,
    search(value) {
      const floatsWithoutFraction = new Set<number>();
      const input = toSearchValue(value, floatsWithoutFraction);
      return fromSearchValue(TreeInterpreter.search(ast, input) as unknown, floatsWithoutFraction);
    },
  };
}

function toSearchValue(value: OutputValue, floatsWithoutFraction: Set<number>): JSONValue {
  if (value instanceof PythonNumber) {
    const number = value.value;
    if (!value.isInt && Number.isInteger(number)) floatsWithoutFraction.add(number);
    return number;
  }
  if (Array.isArray(value)) return value.map((item) => toSearchValue(item, floatsWithoutFraction));
  if (value !== null && typeof value === 'object') {
    const result: Record<string, JSONValue> = {};
    for (const [key, item] of Object.entries(value)) result[key] = toSearchValue(item, floatsWithoutFraction);
    return result;
  }
  return value;
}

/** Numbers the search made (length(), sum of ints) are ints; numbers read as floats stay floats. */
function fromSearchValue(value: unknown, floatsWithoutFraction: Set<number>): OutputValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') {
    const isFloat = !Number.isInteger(value) || floatsWithoutFraction.has(value);
    return new PythonNumber(isFloat ? jsonFloat(value) : String(value));
  }
  if (Array.isArray(value)) return value.map((item) => fromSearchValue(item, floatsWithoutFraction));
  if (typeof value === 'object') {
    const result: OutputObject = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      result[key] = fromSearchValue(item, floatsWithoutFraction);
    }
    return result;
  }
  return value as OutputValue;
}
