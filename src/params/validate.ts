/**
 * The AWS CLI's client-side check of the whole request before anything is sent: unknown and missing
 * members, value types, and the model's `min` constraints. All problems are reported together
 * (the values of members that hold secrets are not shown):
 *
 *   Parameter validation failed:
 *   Unknown parameter in UserAttributes[0]: "Foo", must be one of: Name, Value
 */
import { ParameterError } from '../errors.js';
import type { Member } from '../model/types.js';
import { resolveShape } from '../model/resolve.js';
import { PythonNumber } from '../python/number.js';
import { pythonStr, pythonType } from '../python/repr.js';

export class ParamValidationError extends ParameterError {
  constructor(readonly problems: string[]) {
    super(`Parameter validation failed:\n${problems.join('\n')}`);
  }
}

const STR = "<class 'str'>";
const INT = "<class 'int'>";
const BOOL = "<class 'bool'>";
const LIST = ["<class 'list'>", "<class 'tuple'>"];
const DICT = "<class 'dict'>";

export function validateRequest(input: Record<string, unknown>, inputShape: string): void {
  const problems: string[] = [];
  new Validator(problems).structure(input, inputShape, '', false);
  if (problems.length) throw new ParamValidationError(problems);
}

class Validator {
  constructor(private readonly problems: string[]) {}

  validate(value: unknown, member: Member, path: string, secret: boolean): void {
    const shape = resolveShape(member.shape);
    switch (shape.type) {
      case 'structure':
        return this.structure(value, member.shape, path, secret);
      case 'list':
        return this.list(value, shape.member, path, member.min, secret);
      case 'map':
        return this.map(value, shape.key, shape.value, path, secret);
      case 'string':
        if (this.typeCheck(value, typeof value === 'string', [STR], path, secret)) this.minLength((value as string).length, path, member.min);
        return;
      case 'integer':
        if (this.typeCheck(value, isInteger(value), [INT], path, secret)) this.minValue(value, path, member.min, secret);
        return;
      case 'boolean':
        this.typeCheck(value, typeof value === 'boolean', [BOOL], path, secret);
        return;
      case 'blob':
        this.typeCheck(value, typeof value === 'string' || value instanceof Uint8Array, ["<class 'bytes'>", "<class 'bytearray'>", 'file-like object'], path, secret);
        return;
      case 'timestamp':
        this.typeCheck(value, isTimestamp(value), ["<class 'datetime.datetime'>", 'timestamp-string'], path, secret);
        return;
      case 'document':
        return this.document(value, path, secret);
      default:
        return;
    }
  }

  structure(value: unknown, shapeName: string, path: string, secret: boolean): void {
    if (!this.typeCheck(value, isHash(value), [DICT], path, secret)) return;
    const hash = value as Record<string, unknown>;
    const shape = resolveShape(shapeName);
    const members = shape.type === 'structure' ? shape.members : {};
    for (const [name, member] of Object.entries(members)) {
      if (member.required && !Object.hasOwn(hash, name)) this.report(`Missing required parameter in ${where(path)}: "${name}"`);
    }
    const known: string[] = [];
    for (const name of Object.keys(hash)) {
      if (Object.hasOwn(members, name)) known.push(name);
      else this.report(`Unknown parameter in ${where(path)}: "${name}", must be one of: ${Object.keys(members).join(', ')}`);
    }
    for (const name of known) {
      this.validate(hash[name], members[name], `${path}.${name}`, secret || members[name].sensitive === true);
    }
  }

  private list(value: unknown, item: Member, path: string, min: number | undefined, secret: boolean): void {
    if (!this.typeCheck(value, Array.isArray(value), LIST, path, secret)) return;
    const items = value as unknown[];
    this.minLength(items.length, path, min);
    items.forEach((element, index) => this.validate(element, item, `${path}[${index}]`, secret));
  }

  private map(value: unknown, key: Member, entry: Member, path: string, secret: boolean): void {
    if (!this.typeCheck(value, isHash(value), [DICT], path, secret)) return;
    for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
      this.validate(name, key, `${path} (key: ${name})`, false);
      this.validate(item, entry, `${path}.${name}`, secret);
    }
  }

  private document(value: unknown, path: string, secret: boolean): void {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) return value.forEach((item, index) => this.document(item, `${path}[${index}]`, secret));
    if (isHash(value)) {
      for (const [key, item] of Object.entries(value)) this.document(item, key, secret);
      return;
    }
    if (typeof value === 'string' || isInteger(value) || value instanceof PythonNumber) return;
    const valid = ['str', 'int', 'bool', 'float', 'list', 'dict'].map((t) => `<class '${t}'>`).join(', ');
    this.report(`Invalid type for document parameter ${where(path)}, value: ${shown(value, secret)}, type: ${pythonType(value)}, valid types: ${valid}`);
  }

  private typeCheck(value: unknown, ok: boolean, validTypes: string[], path: string, secret: boolean): boolean {
    if (!ok) {
      this.report(`Invalid type for parameter ${where(path)}, value: ${shown(value, secret)}, type: ${pythonType(value)}, valid types: ${validTypes.join(', ')}`);
    }
    return ok;
  }

  private minLength(length: number, path: string, min: number | undefined): void {
    if (min !== undefined && length < min) {
      this.report(`Invalid length for parameter ${where(path)}, value: ${length}, valid min length: ${min}`);
    }
  }

  private minValue(value: unknown, path: string, min: number | undefined, secret: boolean): void {
    if (min !== undefined && Number(value) < min) {
      this.report(`Invalid value for parameter ${where(path)}, value: ${shown(value, secret)}, valid min value: ${min}`);
    }
  }

  private report(problem: string): void {
    this.problems.push(problem);
  }
}

/** A secret's value is replaced by stars in messages. */
function shown(value: unknown, secret: boolean): string {
  return secret ? '******' : pythonStr(value);
}

function where(path: string): string {
  if (!path) return 'input';
  return path.startsWith('.') ? path.slice(1) : path;
}

/** Python's bool is an int, so true passes as an integer, as with the AWS CLI. */
function isInteger(value: unknown): boolean {
  return (typeof value === 'number' && Number.isInteger(value)) || (value instanceof PythonNumber && value.isInt) || typeof value === 'boolean';
}

function isTimestamp(value: unknown): boolean {
  if (typeof value === 'number' || value instanceof PythonNumber) return true;
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

function isHash(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array) && !(value instanceof PythonNumber);
}
