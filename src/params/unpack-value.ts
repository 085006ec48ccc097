/**
 * Turns the words given to one command-line parameter into the value the request carries, choosing
 * as the AWS CLI does:
 * - a `file://` / `fileb://` value is replaced by the file's contents first (for a list parameter,
 *   only when it was given one word);
 * - structures, maps and lists of structures/lists/maps take shorthand unless the value (the first
 *   word, for a list) starts with `[` or `{`, which makes it JSON; documents always take JSON;
 * - a list parameter takes each word as one item (a single word starting with `[` is a JSON list);
 * - integers are read as Python's `int()` reads them; everything else stays text.
 * The value returned is not yet validated (validate.ts) nor made ready for the SDK (to-sdk.ts).
 */
import { ParameterError } from '../errors.js';
import type { Parameter } from '../model/types.js';
import { coerceShorthand } from '../shorthand/coerce.js';
import { DuplicateKeyError, ShorthandError, ShorthandSyntaxError } from '../shorthand/errors.js';
import { parseShorthand } from '../shorthand/parser.js';
import { IntegerSyntaxError, parsePythonInt } from '../python/int.js';
import { JsonSyntaxError, jsonLoads } from '../python/json-loads.js';
import { pythonLeftStrip, pythonStrip } from '../python/whitespace.js';
import { holdsDocument, isScalarType, resolveShape } from '../model/resolve.js';
import type { Environment } from '../io.js';
import { loadParamFile, ParamFileError } from './param-files.js';

type RawValue = string | string[] | Uint8Array;

export function parameterValue(param: Parameter, words: string[], env: Environment = process.env): unknown {
  const cliName = `--${param.name}`;
  // A secret (a password, a token) is never quoted in messages.
  const secret = param.sensitive === true;
  const shape = resolveShape(param.shape);
  const given: RawValue = shape.type === 'list' ? words : words[words.length - 1];
  try {
    const value = withParamFile(given, env);
    if (takesShorthand(param.shape, value)) return shorthandValue(param.shape, value, env);
    return unpackValue(param.shape, value, cliName, secret);
  } catch (error) {
    if (error instanceof ParameterError && !(error instanceof ParamFileError)) throw error;
    // Python's int() fails inside the AWS CLI with its own message, which is printed as it is.
    if (error instanceof IntegerSyntaxError) throw new ParameterError(secret ? withoutValue(error) : error.message);
    if (error instanceof ParamFileError || error instanceof ShorthandError || error instanceof JsonSyntaxError || error instanceof ValueShapeError) {
      throw new ParameterError(`Error parsing parameter '${cliName}': ${secret ? withoutValue(error) : error.message}`);
    }
    throw error;
  }
}

/** The whole value may name a file; a list parameter's only when it is one word. */
function withParamFile(value: RawValue, env: Environment): RawValue {
  const single = Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value;
  if (typeof single !== 'string') return value;
  return loadParamFile(single, env) ?? value;
}

function takesShorthand(shapeName: string, value: RawValue): boolean {
  const first = Array.isArray(value) ? (value.length ? value[0] : value) : value;
  if (typeof first === 'string' && /^[[{]/.test(pythonStrip(first))) return false;
  return supportsShorthand(shapeName);
}

/** Structures, maps and lists of those (not of scalars), unless all they hold is documents. */
function supportsShorthand(shapeName: string): boolean {
  const shape = resolveShape(shapeName);
  if (holdsDocument(shapeName)) return false;
  if (shape.type === 'list') return !isScalarType(resolveShape(shape.member.shape).type);
  return shape.type === 'structure' || shape.type === 'map';
}

function shorthandValue(shapeName: string, value: RawValue, env: Environment): unknown {
  const options = { loadParamFile: (text: string) => loadParamFile(text, env) };
  const parse = (text: string | Uint8Array) => {
    if (typeof text !== 'string') throw new ValueShapeError('shorthand syntax takes text, not the bytes of a fileb:// file');
    return parseShorthand(text, options);
  };
  const parsed = Array.isArray(value) ? value.map(parse) : parse(value);
  return coerceShorthand(parsed, shapeName);
}

/** The message of a parse error without the text parsed. */
function withoutValue(error: Error): string {
  if (error instanceof ShorthandSyntaxError) return `Expected: '${error.expected}' at character ${error.index} (the value is not shown: it holds a secret)`;
  if (error instanceof DuplicateKeyError) return `Second instance of key "${error.key}" encountered at character ${error.index}`;
  if (error instanceof IntegerSyntaxError) return 'invalid literal for int() with base 10 (the value is not shown: it holds a secret)';
  return error.message;
}

function unpackValue(shapeName: string, value: RawValue, cliName: string, secret: boolean): unknown {
  const shape = resolveShape(shapeName);
  switch (shape.type) {
    case 'document':
      return jsonValue(value as string | Uint8Array, cliName, secret);
    case 'integer':
      return parsePythonInt(value);
    case 'structure':
    case 'map': {
      const text = textOf(value);
      if (pythonLeftStrip(text).startsWith('{')) return jsonValue(text, cliName, secret);
      if (!pythonLeftStrip(text)) throw new ValueShapeError('string index out of range');
      throw new ParameterError(`Error parsing parameter '${cliName}': Invalid JSON:${secret ? ' (the value is not shown: it holds a secret)' : `\n${text}`}`);
    }
    case 'list': {
      if (typeof value === 'string') {
        if (!pythonLeftStrip(value)) throw new ValueShapeError('string index out of range');
        if (pythonLeftStrip(value).startsWith('[')) return jsonValue(value, cliName, secret);
        // A file's text given for a list is taken one character per item, as the AWS CLI does.
        return Array.from(value).map((item) => unpackValue(shape.member.shape, item, cliName, secret));
      }
      if (value instanceof Uint8Array) return Array.from(value);
      if (value.length === 1 && pythonStrip(value[0]).startsWith('[')) return jsonValue(value[0], cliName, secret);
      return value.map((item) => unpackValue(shape.member.shape, item, cliName, secret));
    }
    default:
      return value;
  }
}

function jsonValue(value: string | Uint8Array, cliName: string, secret: boolean): unknown {
  const text = typeof value === 'string' ? value : new TextDecoder().decode(value);
  try {
    return jsonLoads(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const received = secret ? '' : `\nJSON received: ${text}`;
    throw new ParameterError(`Error parsing parameter '${cliName}': Invalid JSON: ${error.message}${received}`);
  }
}

function textOf(value: RawValue): string {
  if (typeof value === 'string') return value;
  throw new ValueShapeError(`expected text, got ${Array.isArray(value) ? 'a list' : 'bytes'}`);
}

/** A value the AWS CLI cannot unpack at all (it fails with an internal error there). */
class ValueShapeError extends Error {}
