/**
 * The second pass over a parsed shorthand value: the operation's model turns number texts into
 * numbers, `true`/`false` (any case) into booleans, and a lone value where a list belongs into a
 * one-item list. Anything else is left for request validation to judge, as the AWS CLI does.
 */
import { ShorthandError } from './errors.js';
import { resolveShape } from '../model/resolve.js';
import type { Shape, StructureShape } from '../model/types.js';
import { parsePythonInt } from '../python/int.js';

/** Shape name -> shape: the model's resolver, or a test's own table. */
export type ShapeResolver = (shapeName: string) => Shape;

type Container = Record<string, unknown> | unknown[];

/**
 * Coerces `value` in place and returns it. At the top level nothing is replaced: a lone value given
 * for a list parameter stays as it is (validation then refuses it), as with the AWS CLI.
 */
export function coerceShorthand(value: unknown, shapeName: string, resolve: ShapeResolver = resolveShape): unknown {
  visit({}, '', value, shapeName, resolve);
  return value;
}

function visit(parent: Container, key: string | number, value: unknown, shapeName: string, resolve: ShapeResolver): void {
  const shape = resolve(shapeName);
  switch (shape.type) {
    case 'structure':
      return visitStructure(value, shape, resolve);
    case 'list':
      return visitList(parent, key, value, shape.member.shape, resolve);
    case 'map':
      return visitMap(value, shape.value.shape, resolve);
    default:
      return visitScalar(parent, key, value, shape.type);
  }
}

function visitStructure(value: unknown, shape: StructureShape, resolve: ShapeResolver): void {
  if (!isHash(value)) return;
  for (const [name, member] of Object.entries(shape.members)) {
    const memberValue = Object.hasOwn(value, name) ? value[name] : undefined;
    if (memberValue !== undefined && resolve(member.shape).type === 'document') {
      throw new ShorthandError(
        `Shorthand syntax does not support document types. Use JSON input for top-level argument to specify nested parameter: ${name}`,
      );
    }
    visit(value, name, memberValue, member.shape, resolve);
  }
}

function visitList(parent: Container, key: string | number, value: unknown, memberShape: string, resolve: ShapeResolver): void {
  if (!Array.isArray(value)) {
    if (value !== undefined) assign(parent, key, [value]);
    return;
  }
  value.forEach((item, index) => visit(value, index, item, memberShape, resolve));
}

function visitMap(value: unknown, valueShape: string, resolve: ShapeResolver): void {
  if (!isHash(value)) return;
  for (const key of Object.keys(value)) visit(value, key, value[key], valueShape, resolve);
}

function visitScalar(parent: Container, key: string | number, value: unknown, type: Shape['type']): void {
  if (value === undefined) return;
  if (type === 'integer') {
    assign(parent, key, parsePythonInt(value));
  } else if (type === 'boolean') {
    if (typeof value !== 'string') throw new CoercionError(`'${typeName(value)}' object has no attribute 'lower'`);
    const lower = value.toLowerCase();
    if (lower === 'true') assign(parent, key, true);
    else if (lower === 'false') assign(parent, key, false);
  }
}

/** A value the model cannot take at all (a list where a number belongs): the AWS CLI fails here too. */
export class CoercionError extends ShorthandError {}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (value instanceof Uint8Array) return 'bytes';
  return typeof value === 'object' ? 'dict' : 'str';
}

function isHash(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

function assign(parent: Container, key: string | number, value: unknown): void {
  if (Array.isArray(parent)) parent[key as number] = value;
  else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}
