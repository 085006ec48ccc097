/**
 * Turns a validated request into what the SDK client serializes: blob members become bytes (a text
 * value is sent as its UTF-8 bytes), integers and floats become numbers.
 */
import { resolveShape } from '../model/resolve.js';
import { PythonNumber } from '../python/number.js';

const encoder = new TextEncoder();

export function toSdkValue(value: unknown, shapeName: string): unknown {
  const shape = resolveShape(shapeName);
  switch (shape.type) {
    case 'structure': {
      const hash = value as Record<string, unknown>;
      const result: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(shape.members)) {
        if (Object.hasOwn(hash, name)) result[name] = toSdkValue(hash[name], member.shape);
      }
      return result;
    }
    case 'list':
      return (value as unknown[]).map((item) => toSdkValue(item, shape.member.shape));
    case 'map':
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, toSdkValue(item, shape.value.shape)]));
    case 'blob':
      return typeof value === 'string' ? encoder.encode(value) : value;
    default:
      return plain(value);
  }
}

/** Numbers as JavaScript numbers, all the way down (document values). */
function plain(value: unknown): unknown {
  if (typeof value === 'boolean' || value === null || typeof value !== 'object') return value;
  if (value instanceof PythonNumber) return value.value;
  if (Array.isArray(value)) return value.map(plain);
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, plain(item)]));
}
