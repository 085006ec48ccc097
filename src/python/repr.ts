/**
 * Python's `str()`, `repr()` and `type()` of the values a request or response holds, for messages
 * worded as the AWS CLI words them and the values text and table output print. A PythonNumber is
 * the int or float it says; a plain number is an int unless it has a fraction; bytes are
 * Uint8Arrays; null is None; arrays are lists and other objects dicts.
 */
import { floatRepr } from './float.js';
import { PythonNumber } from './number.js';

export function pythonStr(value: unknown): string {
  return typeof value === 'string' ? value : pythonRepr(value);
}

export function pythonRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'string') return stringRepr(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : floatRepr(value);
  if (value instanceof PythonNumber) return value.repr();
  if (value instanceof Uint8Array) return bytesRepr(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return `{${entries.map(([key, item]) => `${stringRepr(key)}: ${pythonRepr(item)}`).join(', ')}}`;
}

/** `str(type(value))`: `<class 'int'>`. */
export function pythonType(value: unknown): string {
  return `<class '${pythonTypeName(value)}'>`;
}

function pythonTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (value instanceof PythonNumber) return value.isInt ? 'int' : 'float';
  if (value instanceof Uint8Array) return 'bytes';
  if (Array.isArray(value)) return 'list';
  return 'dict';
}

const NOT_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/** `repr(text)`: single quotes unless only double quotes avoid escaping; what is not printable escaped. */
export function stringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let body = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') body += `\\${ch}`;
    else if (ch === '\t') body += '\\t';
    else if (ch === '\n') body += '\\n';
    else if (ch === '\r') body += '\\r';
    else if (cp === 0x20 || !NOT_PRINTABLE.test(ch)) body += ch;
    else if (cp < 0x100) body += `\\x${hex(cp, 2)}`;
    else if (cp < 0x10000) body += `\\u${hex(cp, 4)}`;
    else body += `\\U${hex(cp, 8)}`;
  }
  return quote + body + quote;
}

/** `repr(bytes)`: `b'...'`, printable ASCII as it is, other bytes as `\xhh`. */
export function bytesRepr(bytes: Uint8Array): string {
  const quote = bytes.includes(0x27) && !bytes.includes(0x22) ? '"' : "'";
  let body = '';
  for (const byte of bytes) {
    const ch = String.fromCharCode(byte);
    if (ch === quote || ch === '\\') body += `\\${ch}`;
    else if (ch === '\t') body += '\\t';
    else if (ch === '\n') body += '\\n';
    else if (ch === '\r') body += '\\r';
    else if (byte >= 0x20 && byte < 0x7f) body += ch;
    else body += `\\x${hex(byte, 2)}`;
  }
  return `b${quote}${body}${quote}`;
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}
