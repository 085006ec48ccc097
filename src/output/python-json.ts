/**
 * Writes values the way the AWS CLI does: Python's json.dumps(value, indent=4, ensure_ascii=False).
 * An indent of `null` is Python's `indent=None`: one line, items separated by `, `.
 */
import { jsonFloat } from '../python/float.js';
import { PythonNumber } from '../python/number.js';

export function pythonJson(value: unknown, indent: number | null = 4): string {
  return pythonJsonText(indent, (writer) => writer.value(value, ''));
}

/** The text a writer is given by `write`, whole: for several values with text of one's own between them. */
export function pythonJsonText(indent: number | null, write: (writer: PythonJsonWriter) => void): string {
  const parts: string[] = [];
  const writer = new PythonJsonWriter({ write: (text) => parts.push(text) }, indent);
  write(writer);
  writer.flush();
  return parts.join('');
}

interface TextSink {
  write(text: string): void;
}

/** Writes the JSON text piece by piece to `out`, never building it whole. */
export function writePythonJson(value: unknown, out: TextSink, indent: number | null = 4): void {
  const writer = new PythonJsonWriter(out, indent);
  writer.value(value, '');
  writer.flush();
}

/** Text is gathered into pieces of about this many characters before `out` is given it. */
const PIECE = 16 * 1024;

/** Writes values one after another; `prefix` is the indentation of the line a value starts on. */
export class PythonJsonWriter {
  private text = '';
  /** `"key": ` for each key seen, JSON-escaped once. */
  private readonly keys = new Map<string, string>();
  private readonly step: string;
  /** What ends a line, and what follows each item but the last: `\n` and `,`, or on one line `` and `, `. */
  private readonly newline: string;
  private readonly comma: string;

  constructor(
    private readonly out: TextSink,
    indent: number | null = 4,
  ) {
    this.step = ' '.repeat(indent ?? 0);
    this.newline = indent === null ? '' : '\n';
    this.comma = indent === null ? ', ' : ',';
  }

  /** Text between values, as it is. */
  raw(text: string): void {
    this.text += text;
  }

  value(value: unknown, prefix: string): void {
    if (value === null || value === undefined) this.text += 'null';
    else if (typeof value === 'string') this.text += JSON.stringify(value);
    else if (typeof value === 'boolean') this.text += value ? 'true' : 'false';
    else if (value instanceof PythonNumber) this.text += value.dumps();
    else if (typeof value === 'number') this.text += Number.isInteger(value) ? String(value) : jsonFloat(value);
    else if (value instanceof Date) this.text += JSON.stringify(value.toISOString());
    else if (Array.isArray(value)) this.array(value, prefix);
    else if (typeof value === 'object') this.object(value as Record<string, unknown>, prefix);
    else this.text += JSON.stringify(String(value));
    if (this.text.length >= PIECE) this.flush();
  }

  flush(): void {
    if (this.text) this.out.write(this.text);
    this.text = '';
  }

  private array(items: unknown[], prefix: string): void {
    if (items.length === 0) {
      this.text += '[]';
      return;
    }
    const inner = prefix + this.step;
    for (let i = 0; i < items.length; i++) {
      this.text += i === 0 ? `[${this.newline}${inner}` : `${this.comma}${this.newline}${inner}`;
      this.value(items[i], inner);
    }
    this.text += `${this.newline}${prefix}]`;
  }

  private object(object: Record<string, unknown>, prefix: string): void {
    const inner = prefix + this.step;
    let first = true;
    for (const key in object) {
      if (!Object.hasOwn(object, key)) continue;
      this.text += first ? `{${this.newline}${inner}` : `${this.comma}${this.newline}${inner}`;
      first = false;
      let name = this.keys.get(key);
      if (name === undefined) this.keys.set(key, (name = `${JSON.stringify(key)}: `));
      this.text += name;
      this.value(object[key], inner);
    }
    this.text += first ? '{}' : `${this.newline}${prefix}}`;
  }
}
