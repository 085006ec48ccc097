/**
 * JSON read as Python's `json.loads` reads it: numbers are PythonNumbers (integers of any size,
 * floats apart from them: `1.0` is no integer), `NaN` / `Infinity` are accepted, a repeated key
 * keeps its last value, and errors are worded as Python words them.
 */
import { PythonNumber } from './number.js';

export type JsonInput = null | boolean | string | PythonNumber | JsonInput[] | { [key: string]: JsonInput };

export class JsonSyntaxError extends Error {}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
const STRING_CHUNK = /[^"\\\x00-\x1f]*/y;

export function jsonLoads(text: string): JsonInput {
  const reader = new JsonReader(text);
  return reader.document();
}

class JsonReader {
  private at = 0;

  constructor(private readonly text: string) {}

  document(): JsonInput {
    this.skipWhitespace();
    const value = this.value();
    this.skipWhitespace();
    if (this.at !== this.text.length) this.fail('Extra data');
    return value;
  }

  private value(): JsonInput {
    const ch = this.text[this.at];
    if (ch === '"') return this.string();
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail('Expecting value');
    this.at += match[0].length;
    return new PythonNumber(match[0]);
  }

  private object(): { [key: string]: JsonInput } {
    const result: { [key: string]: JsonInput } = {};
    this.at++;
    this.skipWhitespace();
    if (this.text[this.at] === '}') {
      this.at++;
      return result;
    }
    for (;;) {
      if (this.text[this.at] !== '"') this.fail('Expecting property name enclosed in double quotes');
      const key = this.string();
      this.skipWhitespace();
      if (this.text[this.at] !== ':') this.fail("Expecting ':' delimiter");
      this.at++;
      this.skipWhitespace();
      Object.defineProperty(result, key, { value: this.value(), enumerable: true, writable: true, configurable: true });
      if (this.closes('}')) return result;
    }
  }

  private array(): JsonInput[] {
    const result: JsonInput[] = [];
    this.at++;
    this.skipWhitespace();
    if (this.text[this.at] === ']') {
      this.at++;
      return result;
    }
    for (;;) {
      result.push(this.value());
      if (this.closes(']')) return result;
    }
  }

  /** After an item: true at `close`, past a comma (and blanks) otherwise. */
  private closes(close: string): boolean {
    this.skipWhitespace();
    const next = this.text[this.at++];
    if (next === close) return true;
    if (next !== ',') {
      this.at--;
      this.fail("Expecting ',' delimiter");
    }
    this.skipWhitespace();
    return false;
  }

  private string(): string {
    this.at++;
    let result = '';
    for (;;) {
      STRING_CHUNK.lastIndex = this.at;
      const chunk = STRING_CHUNK.exec(this.text)![0];
      result += chunk;
      this.at += chunk.length;
      const ch = this.text[this.at];
      if (ch === '"') {
        this.at++;
        return result;
      }
      if (ch === undefined) this.fail('Unterminated string starting at');
      if (ch !== '\\') this.fail('Invalid control character at');
      const escape = this.text[this.at + 1];
      if (escape === 'u') {
        const hex = this.text.slice(this.at + 2, this.at + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Invalid \\uXXXX escape');
        result += String.fromCharCode(parseInt(hex, 16));
        this.at += 6;
      } else if (escape !== undefined && escape in ESCAPES) {
        result += ESCAPES[escape];
        this.at += 2;
      } else {
        this.fail('Invalid \\escape');
      }
    }
  }

  private skipWhitespace(): void {
    WHITESPACE.lastIndex = this.at;
    this.at += WHITESPACE.exec(this.text)![0].length;
  }

  private fail(reason: string): never {
    const before = this.text.slice(0, this.at);
    const line = before.split('\n').length;
    const column = this.at - before.lastIndexOf('\n');
    throw new JsonSyntaxError(`${reason}: line ${line} column ${column} (char ${this.at})`);
  }
}

const LITERALS: [string, JsonInput][] = [
  ['null', null],
  ['true', true],
  ['false', false],
  ['NaN', new PythonNumber('NaN')],
  ['Infinity', new PythonNumber('Infinity')],
  ['-Infinity', new PythonNumber('-Infinity')],
];

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
