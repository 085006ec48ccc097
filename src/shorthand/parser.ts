/**
 * The shorthand syntax parser. It knows only syntax: `Name=email,Value=a@b.c` becomes
 * `{ Name: 'email', Value: 'a@b.c' }` whatever the operation; the model's coercions are a separate
 * pass (coerce.ts). It follows the AWS CLI's parser step for step, including where it backtracks, so
 * odd input gives the same value or the same error.
 *
 * Positions count code points, as the AWS CLI's do.
 */
import {
  continuesFirstValue,
  continuesSecondValue,
  isKeyCharacter,
  isSeparatorSpace,
  startsValue,
} from './characters.js';
import { pythonRightStrip } from '../python/whitespace.js';
import { DuplicateKeyError, ShorthandSyntaxError } from './errors.js';

export type ShorthandValue = string | Uint8Array | ShorthandValue[] | ShorthandHash;
export interface ShorthandHash {
  [key: string]: ShorthandValue;
}

/** Loads a `file://` / `fileb://` value after `@=`; undefined when the value names no file. */
export type ParamFileLoader = (value: string) => string | Uint8Array | undefined;

export interface ParseOptions {
  loadParamFile?: ParamFileLoader;
}

export function parseShorthand(input: string, options: ParseOptions = {}): ShorthandHash {
  return new ShorthandParser(input, options.loadParamFile).parse();
}

/** Sets a key even when it is `__proto__`, which the key characters allow. */
function setKey(hash: ShorthandHash, key: string, value: ShorthandValue): void {
  Object.defineProperty(hash, key, { value, enumerable: true, writable: true, configurable: true });
}

class ShorthandParser {
  private readonly chars: string[];
  private index = 0;
  private resolveParamFiles = false;

  constructor(
    private readonly input: string,
    private readonly loadParamFile: ParamFileLoader | undefined,
  ) {
    this.chars = Array.from(input);
  }

  /** parameter = keyval *("," keyval) ; a key may appear once */
  parse(): ShorthandHash {
    const params: ShorthandHash = {};
    const [firstKey, firstValue] = this.keyval();
    setKey(params, firstKey, firstValue);
    let lastIndex = this.index;
    while (this.index < this.chars.length) {
      this.expect(',', true);
      const [key, value] = this.keyval();
      if (Object.hasOwn(params, key)) throw new DuplicateKeyError(key, this.input, lastIndex + 1);
      setKey(params, key, value);
      lastIndex = this.index;
    }
    return params;
  }

  /** keyval = key ["@"] "=" values ; "@=" loads file:// and fileb:// values */
  private keyval(): [string, ShorthandValue] {
    const key = this.key();
    this.fileMarker();
    this.expect('=', true);
    return [key, this.values()];
  }

  /** file-marker = [ws "@" ws] ; whitespace before a missing "@" stays consumed */
  private fileMarker(): void {
    this.consumeWhitespace();
    this.resolveParamFiles = this.current() === '@';
    if (this.resolveParamFiles) {
      this.index++;
      this.consumeWhitespace();
    }
  }

  /** key = *key-char */
  private key(): string {
    const start = this.index;
    while (!this.atEof() && isKeyCharacter(this.chars[this.index])) this.index++;
    return this.slice(start, this.index);
  }

  /** values = EOF-empty / explicit-list / hash-literal / csv-value */
  private values(): ShorthandValue {
    if (this.atEof()) return '';
    const current = this.current();
    if (current === '[') return this.explicitList();
    if (current === '{') return this.hashLiteral();
    return this.csvValue();
  }

  /**
   * csv-value = first-value *("," second-value) ; the list ends before an item followed by "="
   * (that item is the next key: back up to the comma before it). One item is a scalar.
   */
  private csvValue(): ShorthandValue {
    const first = this.firstValue();
    this.consumeWhitespace();
    if (this.atEof() || this.chars[this.index] !== ',') return first;
    this.expect(',', true);
    const items: ShorthandValue[] = [first];
    for (;;) {
      try {
        const item = this.secondValue();
        this.consumeWhitespace();
        if (this.atEof()) {
          items.push(item);
          break;
        }
        // The usual end of a list: the item just read is the next key. (Same as a failed expect(','),
        // without the cost of raising an error for every key.)
        if (this.current() !== ',') {
          this.backtrackTo(',');
          break;
        }
        this.expect(',', true);
        items.push(item);
      } catch (error) {
        if (!(error instanceof ShorthandSyntaxError) || this.atEof()) throw error;
        this.backtrackTo(',');
        break;
      }
    }
    return items.length === 1 ? first : items;
  }

  /** explicit-list = "[" ws [explicit-value *(ws "," ws explicit-value)] ws "]" ; items may be empty */
  private explicitList(): ShorthandValue[] {
    this.expect('[', true);
    const items: ShorthandValue[] = [];
    while (this.current() !== ']') {
      items.push(this.explicitValue());
      this.consumeWhitespace();
      if (this.current() !== ']') {
        this.expect(',');
        this.consumeWhitespace();
      }
    }
    this.expect(']');
    return items;
  }

  /** explicit-value = explicit-list / hash-literal / first-value */
  private explicitValue(): ShorthandValue {
    const current = this.current();
    if (current === '[') return this.explicitList();
    if (current === '{') return this.hashLiteral();
    return this.firstValue();
  }

  /** hash-literal = "{" ws [key ["@"] "=" explicit-value *("," ws key ["@"] "=" explicit-value)] "}" ; a repeated key wins */
  private hashLiteral(): ShorthandHash {
    this.expect('{', true);
    const hash: ShorthandHash = {};
    while (this.current() !== '}') {
      const key = this.key();
      this.fileMarker();
      this.expect('=', true);
      const value = this.explicitValue();
      this.consumeWhitespace();
      if (this.current() !== '}') {
        this.expect(',');
        this.consumeWhitespace();
      }
      setKey(hash, key, value);
    }
    this.expect('}');
    return hash;
  }

  /** first-value = single-quoted / double-quoted / unquoted-first ; may be empty */
  private firstValue(): ShorthandValue {
    const current = this.current();
    if (current === "'") return this.quoted("'", 'singled quoted');
    if (current === '"') return this.quoted('"', 'double quoted');
    const end = this.scanUnquoted(this.index, continuesFirstValue);
    if (end === this.index) return '';
    return this.unquoted(end);
  }

  /** second-value = single-quoted / double-quoted / unquoted-second ; must not be empty */
  private secondValue(): ShorthandValue {
    const current = this.current();
    if (current === "'") return this.quoted("'", 'singled quoted');
    if (current === '"') return this.quoted('"', 'double quoted');
    const end = this.scanUnquoted(this.index, continuesSecondValue);
    if (end === this.index) throw new ShorthandSyntaxError(this.input, '<second>', '<none>', this.index);
    return this.unquoted(end);
  }

  /** unquoted = (escaped-comma / start-char) *(escaped-comma / follow-char) ; escaped-comma = "\," */
  private scanUnquoted(from: number, follows: (ch: string) => boolean): number {
    let at = from;
    let first = true;
    while (at < this.chars.length) {
      if (this.chars[at] === '\\' && this.chars[at + 1] === ',') at += 2;
      else if (first ? startsValue(this.chars[at]) : follows(this.chars[at])) at += 1;
      else break;
      first = false;
    }
    return at;
  }

  private unquoted(end: number): ShorthandValue {
    const text = pythonRightStrip(this.slice(this.index, end).replaceAll('\\,', ','));
    this.index = end;
    return this.resolve(text);
  }

  /**
   * quoted = q *("\" q / not-q) q. Where no unescaped closing quote follows, the last `\q` closes
   * the value instead (the backslash stays). Inside, `\q` is q and `\\` is one backslash.
   */
  private quoted(quote: string, name: string): ShorthandValue {
    const start = this.index;
    let lastEscapedQuote = -1;
    let at = start + 1;
    let close = -1;
    while (at < this.chars.length) {
      const ch = this.chars[at];
      if (ch === '\\' && this.chars[at + 1] === quote) {
        lastEscapedQuote = at + 1;
        at += 2;
      } else if (ch === quote) {
        close = at;
        break;
      } else {
        at += 1;
      }
    }
    if (close === -1) close = lastEscapedQuote;
    if (close === -1) throw new ShorthandSyntaxError(this.input, `<${name}>`, '<none>', this.index);
    const body = this.slice(start + 1, close).replaceAll(`\\${quote}`, quote).replaceAll('\\\\', '\\');
    this.index = close + 1;
    return this.resolve(body);
  }

  private resolve(text: string): ShorthandValue {
    if (!this.resolveParamFiles || !this.loadParamFile) return text;
    return this.loadParamFile(text) ?? text;
  }

  private expect(char: string, consumeWhitespace = false): void {
    if (consumeWhitespace) this.consumeWhitespace();
    if (this.atEof()) throw new ShorthandSyntaxError(this.input, char, 'EOF', this.index);
    const actual = this.chars[this.index];
    if (actual !== char) throw new ShorthandSyntaxError(this.input, char, actual, this.index);
    this.index++;
    if (consumeWhitespace) this.consumeWhitespace();
  }

  private backtrackTo(char: string): void {
    while (this.index >= 0 && this.chars[this.index] !== char) this.index--;
  }

  private consumeWhitespace(): void {
    while (this.index < this.chars.length && isSeparatorSpace(this.chars[this.index])) this.index++;
  }

  private current(): string | undefined {
    return this.chars[this.index];
  }

  private atEof(): boolean {
    return this.index >= this.chars.length;
  }

  private slice(from: number, to: number): string {
    return this.chars.slice(from, to).join('');
  }
}
