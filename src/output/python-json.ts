/** Writes values the way the AWS CLI does: Python's json.dumps(value, indent=4, ensure_ascii=False). */
import { jsonFloat as pythonFloat } from '../python/float.js';
import { RawNumber, type OutputValue } from './value.js';

export function pythonJson(value: unknown, indent = 4): string {
  const parts: string[] = [];
  writePythonJson(value, { write: (text) => parts.push(text) }, indent);
  return parts.join('');
}

interface TextSink {
  write(text: string): void;
}

/** Writes the JSON text piece by piece to `out`, never building it whole. */
export function writePythonJson(value: unknown, out: TextSink, indent = 4): void {
  write(value, '', { push: (text: string) => out.write(text) }, ' '.repeat(indent));
}

function write(value: unknown, prefix: string, out: { push(text: string): void }, step: string): void {
  if (value === null || value === undefined) out.push('null');
  else if (typeof value === 'string') out.push(JSON.stringify(value));
  else if (typeof value === 'boolean') out.push(value ? 'true' : 'false');
  else if (value instanceof RawNumber) out.push(value.isInteger ? value.text : pythonFloat(Number(value.text)));
  else if (typeof value === 'number') out.push(Number.isInteger(value) ? String(value) : pythonFloat(value));
  else if (value instanceof Date) out.push(JSON.stringify(value.toISOString()));
  else if (Array.isArray(value)) {
    if (value.length === 0) return void out.push('[]');
    const inner = prefix + step;
    out.push('[');
    value.forEach((item, i) => {
      out.push(i === 0 ? `\n${inner}` : `,\n${inner}`);
      write(item, inner, out, step);
    });
    out.push(`\n${prefix}]`);
  } else if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, OutputValue>);
    if (entries.length === 0) return void out.push('{}');
    const inner = prefix + step;
    out.push('{');
    entries.forEach(([key, item], i) => {
      out.push(`${i === 0 ? '\n' : ',\n'}${inner}${JSON.stringify(key)}: `);
      write(item, inner, out, step);
    });
    out.push(`\n${prefix}}`);
  } else out.push(JSON.stringify(String(value)));
}
