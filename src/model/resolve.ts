/**
 * The one way into the generated shape table: a shape name, whether a name of the table or a
 * primitive type, resolved to its shape.
 */
import { shapes } from '../commands/shapes.js';
import type { PrimitiveType, Shape } from './types.js';

const primitives: Readonly<Record<PrimitiveType, Shape>> = {
  string: { type: 'string' },
  integer: { type: 'integer' },
  boolean: { type: 'boolean' },
  timestamp: { type: 'timestamp' },
  blob: { type: 'blob' },
  document: { type: 'document' },
};

/** The shape a name stands for; undefined for a name that is neither in the table nor a primitive. */
export function findShape(name: string): Shape | undefined {
  if (Object.hasOwn(shapes, name)) return shapes[name];
  return Object.hasOwn(primitives, name) ? primitives[name as PrimitiveType] : undefined;
}

export function resolveShape(name: string): Shape {
  const shape = findShape(name);
  if (!shape) throw new Error(`no shape named ${name}`);
  return shape;
}

/** The values an enum takes; undefined for any other shape. */
export function enumValues(name: string): string[] | undefined {
  const shape = resolveShape(name);
  return 'enum' in shape ? shape.enum : undefined;
}

/** A document, or a list or map of documents (a list or map holds itself only through a structure). */
export function holdsDocument(name: string): boolean {
  const shape = resolveShape(name);
  if (shape.type === 'list') return holdsDocument(shape.member.shape);
  if (shape.type === 'map') return holdsDocument(shape.value.shape);
  return shape.type === 'document';
}

/** Structures, lists and maps hold other values; every other type is a scalar. */
export function isScalarType(type: Shape['type']): boolean {
  return type !== 'structure' && type !== 'list' && type !== 'map';
}
