/**
 * Resolves the shape names the generated commands use into shapes: named shapes from the shape table,
 * primitives, and the inline forms `X[]` (a list of X) and `Record<string, X>` (a map to X). Says
 * which members hold secrets.
 */
import { shapes } from '../commands/shapes.js';
import type { NamedShape, PrimitiveType, Shape } from '../model/types.js';

const primitives = new Set<string>(['string', 'integer', 'boolean', 'timestamp', 'blob', 'document'] satisfies PrimitiveType[]);

export function resolveShape(name: string): Shape {
  if (Object.hasOwn(shapes, name)) return shapes[name] as NamedShape;
  if (name.endsWith('[]')) return { type: 'list', member: { shape: stripParens(name.slice(0, -2)) } };
  const map = /^Record<string, (.+)>$/.exec(name);
  if (map) return { type: 'map', key: { shape: 'string' }, value: { shape: map[1] } };
  if (primitives.has(name)) return { type: name as PrimitiveType };
  // An enum the table does not hold (the generator writes every structure, list and map) is a string.
  return { type: 'string' };
}

/** A structure, list, map or enum of the shape table; undefined for primitives and inline forms. */
export function namedShape(name: string): NamedShape | undefined {
  return Object.hasOwn(shapes, name) ? shapes[name] : undefined;
}

/** Whether a member holds a secret whose value messages never show. */
export function isSecretMember(structure: string, member: string): boolean {
  const shape = namedShape(structure);
  return shape?.type === 'structure' && shape.members[member]?.sensitive === true;
}

function stripParens(name: string): string {
  return name.startsWith('(') && name.endsWith(')') ? name.slice(1, -1) : name;
}

export function isScalarType(type: string): boolean {
  return type !== 'structure' && type !== 'list' && type !== 'map';
}
