/** Python's `sorted()` of str: by code point, not by UTF-16 unit or locale. */
export function sortedKeys(keys: string[]): string[] {
  // Without surrogates, UTF-16 units (the default sort) are in code point order.
  for (const key of keys) if (SURROGATE.test(key)) return keys.sort(byCodePoint);
  return keys.sort();
}

const SURROGATE = /[\ud800-\udfff]/;

function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
