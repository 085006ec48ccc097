/** Compares the shape of an output with a documented one: which keys, and the JSON type of each value. */

export interface ShapeDifference {
  path: string;
  problem: string;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * The differences between `actual` and `documented`: a key documented but missing, a key not
 * documented, or a value of another JSON type. The items of a documented array differ (a Boolean
 * schema attribute has no string constraints), so an actual item is compared with all of them
 * merged, and a key some documented items lack is not required.
 */
export function shapeDifferences(actual: unknown, documented: unknown, path = '$', lenient = false): ShapeDifference[] {
  const type = jsonType(actual);
  const expected = jsonType(documented);
  if (type !== expected) return [{ path, problem: `${type} where the documentation has ${expected}` }];
  if (type === 'array') {
    const items = documented as unknown[];
    if (items.length === 0) return [];
    const sample = items.reduce(merge);
    return (actual as unknown[]).flatMap((item, i) => shapeDifferences(item, sample, `${path}[${i}]`, true));
  }
  if (type !== 'object') return [];
  const have = actual as Record<string, unknown>;
  const want = documented as Record<string, unknown>;
  const differences: ShapeDifference[] = [];
  for (const key of Object.keys(want)) {
    if (key in have) differences.push(...shapeDifferences(have[key], want[key], `${path}.${key}`, lenient));
    else if (!lenient) differences.push({ path: `${path}.${key}`, problem: 'documented but missing' });
  }
  for (const key of Object.keys(have)) {
    if (!(key in want)) differences.push({ path: `${path}.${key}`, problem: 'not documented' });
  }
  return differences;
}

/** Two documented values merged: an object with the keys of both, or the first value. */
function merge(a: unknown, b: unknown): unknown {
  if (jsonType(a) !== 'object' || jsonType(b) !== 'object') return a;
  const merged: Record<string, unknown> = { ...(b as Record<string, unknown>) };
  for (const [key, value] of Object.entries(a as Record<string, unknown>)) {
    merged[key] = key in merged ? merge(value, merged[key]) : value;
  }
  return merged;
}
