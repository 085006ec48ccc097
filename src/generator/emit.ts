/** Writes values as TypeScript literals, deterministically. */
const identifier = /^[A-Za-z_$][\w$]*$/;

export function literal(value: unknown, indent = ''): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((item) => typeof item !== 'object')) return `[${value.map((item) => literal(item)).join(', ')}]`;
    return `[\n${value.map((item) => `${inner}${literal(item, inner)},`).join('\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const flat = entries.every(([, v]) => typeof v !== 'object');
    const parts = entries.map(([key, v]) => `${identifier.test(key) ? key : literal(key)}: ${literal(v, inner)}`);
    const oneLine = `{ ${parts.join(', ')} }`;
    if (flat && oneLine.length + indent.length <= 110) return oneLine;
    return `{\n${parts.map((part) => `${inner}${part},`).join('\n')}\n${indent}}`;
  }
  throw new Error(`cannot write ${String(value)}`);
}
