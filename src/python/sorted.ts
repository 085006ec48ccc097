/** Python's `sorted()` of str: by code point, not by UTF-16 unit or locale. */
export function sortedKeys(keys: string[]): string[] {
  return keys.sort((a, b) => {
    const x = [...a];
    const y = [...b];
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
      if (d !== 0) return d;
    }
    return x.length - y.length;
  });
}
