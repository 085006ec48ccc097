/**
 * One string as the AWS CLI v2 writes it in YAML. v2 dumps with ruamel.yaml's safe dumper, which
 * hands the text to libyaml's C emitter; this module follows that emitter's rules:
 *
 * - style: plain when the text reads back as the same string, else single-quoted, else (line
 *   breaks next to spaces, tabs, controls, characters outside the BMP) double-quoted with escapes;
 * - folding: a line breaks at the first single space met once the line is past column 80, so lines
 *   run a word past 80 (and a long word is never split);
 * - line breaks inside single quotes are written as a blank line, as YAML folds them back.
 *
 * Columns count code points, as libyaml does.
 */

/** Where the string is written. */
export interface ScalarPlace {
  /** The column of the first character of the scalar (after the `: ` or `- ` before it). */
  column: number;
  /** The indentation of continuation lines. */
  indent: number;
  /** A mapping key written `key: value`: never folded, and an empty key is quoted. */
  simpleKey: boolean;
}

const bestWidth = 80;

/** libyaml writes a key as `? key` on its own line when it spans lines or exceeds 128 bytes. */
export function needsExplicitKey(text: string): boolean {
  return hasLineBreak(text) || Buffer.byteLength(text, 'utf8') > 128;
}

export function writeScalar(text: string, place: ScalarPlace): string {
  const chars = [...text];
  const analysis = analyze(chars);
  let style: 'plain' | 'single' | 'double' = 'plain';
  if (place.simpleKey && analysis.multiline) style = 'double';
  if (style === 'plain' && (!analysis.plainAllowed || (chars.length === 0 && place.simpleKey) || !readsAsString(text))) {
    style = 'single';
  }
  if (style === 'single' && !analysis.singleQuotedAllowed) style = 'double';
  const writer = new LineWriter(place.column, place.indent);
  const allowBreaks = !place.simpleKey;
  if (style === 'plain') writePlain(writer, chars, allowBreaks);
  else if (style === 'single') writeSingleQuoted(writer, chars, allowBreaks);
  else writeDoubleQuoted(writer, chars, allowBreaks);
  return writer.text;
}

// --- Characters, as libyaml classifies them -------------------------------------------------

const isBreak = (c: string | undefined) => c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isSpace = (c: string | undefined) => c === ' ';
/** A blank, a break, or the end of the string. */
const isBlankOrEnd = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\0' || isBreak(c);

function isPrintable(c: string): boolean {
  const code = c.codePointAt(0)!;
  return (
    code === 0x0a ||
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd && code !== 0xfeff)
  );
}

function hasLineBreak(text: string): boolean {
  return /[\n\r\u0085\u2028\u2029]/.test(text);
}

interface Analysis {
  multiline: boolean;
  /** Plain style is allowed in block context. */
  plainAllowed: boolean;
  singleQuotedAllowed: boolean;
}

const startIndicators = new Set('#,[]{}&*!|>\'"%@`');

function analyze(chars: string[]): Analysis {
  if (chars.length === 0) return { multiline: false, plainAllowed: true, singleQuotedAllowed: true };
  const start = chars.slice(0, 3).join('');
  let blockIndicators = start === '---' || start === '...';
  let lineBreaks = false;
  let special = false;
  let leadingOrTrailingWhitespace = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  let precededByWhitespace = true;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const followedByWhitespace = isBlankOrEnd(chars[i + 1]);
    if (i === 0) {
      if (startIndicators.has(c)) blockIndicators = true;
      if ((c === '?' || c === ':' || c === '-') && followedByWhitespace) blockIndicators = true;
    } else {
      if (c === ':' && followedByWhitespace) blockIndicators = true;
      if (c === '#' && precededByWhitespace) blockIndicators = true;
    }
    if (!isPrintable(c)) special = true;
    const first = i === 0;
    const last = i === chars.length - 1;
    if (isSpace(c)) {
      if (first || last) leadingOrTrailingWhitespace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (first || last) leadingOrTrailingWhitespace = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankOrEnd(c);
  }
  return {
    multiline: lineBreaks,
    plainAllowed: !(leadingOrTrailingWhitespace || breakSpace || spaceBreak || special || lineBreaks || blockIndicators),
    singleQuotedAllowed: !(breakSpace || spaceBreak || special),
  };
}

// --- Would the text, written plain, read back as this string? -----------------------------
// ruamel.yaml's resolver (the YAML 1.2 rules it hands libyaml), tried by the first character.

const implicitTypes: Array<{ first: string; pattern: RegExp }> = [
  { first: 'tTfF', pattern: /^(?:true|True|TRUE|false|False|FALSE)$/ },
  {
    first: '-+0123456789.',
    pattern:
      /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  },
  { first: '-+0123456789', pattern: /^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$/ },
  { first: '<', pattern: /^(?:<<)$/ },
  { first: '~nN', pattern: /^(?:~|null|Null|NULL)$/ },
  {
    first: '0123456789',
    pattern:
      /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/,
  },
  { first: '=', pattern: /^(?:=)$/ },
  { first: '!&*', pattern: /^(?:!|&|\*)$/ },
];

function readsAsString(text: string): boolean {
  if (text === '') return false; // the empty plain scalar is null
  // Python's `$` also matches before a final line break.
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  return !implicitTypes.some(({ first, pattern }) => first.includes(text[0]) && (pattern.test(text) || pattern.test(body)));
}

// --- Writers ---------------------------------------------------------------------------------

/** Text with libyaml's column bookkeeping. */
class LineWriter {
  text = '';
  /** After an indentation or an indicator, where another indentation adds no line break. */
  private indention = false;

  constructor(
    private column: number,
    private readonly indent: number,
  ) {}

  get pastWidth(): boolean {
    return this.column > bestWidth;
  }

  /**
   * Text of the BMP only: a character outside it is never printable (see isPrintable), so it is
   * written as an escape, and UTF-16 units count code points.
   */
  put(chars: string): void {
    this.text += chars;
    this.column += chars.length;
  }

  /** A line break written as the character itself. */
  lineBreak(c = '\n'): void {
    this.text += c;
    this.column = 0;
    this.indention = true;
  }

  /** To the start of a continuation line. */
  writeIndent(): void {
    if (!this.indention || this.column > this.indent) this.lineBreak();
    this.text += ' '.repeat(Math.max(0, this.indent - this.column));
    this.column = Math.max(this.column, this.indent);
    this.indention = true;
  }

  wroteText(): void {
    this.indention = false;
  }
}

function writePlain(out: LineWriter, chars: string[], allowBreaks: boolean): void {
  let spaces = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (isSpace(c)) {
      if (allowBreaks && !spaces && out.pastWidth && !isSpace(chars[i + 1])) out.writeIndent();
      else out.put(c);
      spaces = true;
    } else {
      out.put(c);
      out.wroteText();
      spaces = false;
    }
  }
}

function writeSingleQuoted(out: LineWriter, chars: string[], allowBreaks: boolean): void {
  let spaces = false;
  let breaks = false;
  out.put("'");
  out.wroteText();
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (isSpace(c)) {
      const inside = i !== 0 && i !== chars.length - 1;
      if (allowBreaks && !spaces && out.pastWidth && inside && !isSpace(chars[i + 1])) out.writeIndent();
      else out.put(c);
      spaces = true;
    } else if (isBreak(c)) {
      if (!breaks && c === '\n') out.lineBreak();
      out.lineBreak(c);
      breaks = true;
    } else {
      if (breaks) out.writeIndent();
      out.put(c === "'" ? "''" : c);
      out.wroteText();
      spaces = false;
      breaks = false;
    }
  }
  if (breaks) out.writeIndent();
  out.put("'");
}

const namedEscapes: Record<string, string> = {
  '\0': '0',
  '\x07': 'a',
  '\b': 'b',
  '\t': 't',
  '\n': 'n',
  '\v': 'v',
  '\f': 'f',
  '\r': 'r',
  '\x1b': 'e',
  '"': '"',
  '\\': '\\',
  '\u0085': 'N',
  '\u00a0': '_',
  '\u2028': 'L',
  '\u2029': 'P',
};

function escape(c: string): string {
  const named = namedEscapes[c];
  if (named) return `\\${named}`;
  const code = c.codePointAt(0)!;
  const hex = code.toString(16).toUpperCase();
  if (code <= 0xff) return `\\x${hex.padStart(2, '0')}`;
  if (code <= 0xffff) return `\\u${hex.padStart(4, '0')}`;
  return `\\U${hex.padStart(8, '0')}`;
}

function writeDoubleQuoted(out: LineWriter, chars: string[], allowBreaks: boolean): void {
  let spaces = false;
  out.put('"');
  out.wroteText();
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (!isPrintable(c) || isBreak(c) || c === '"' || c === '\\') {
      out.put(escape(c));
      spaces = false;
    } else if (isSpace(c)) {
      const inside = i !== 0 && i !== chars.length - 1;
      if (allowBreaks && !spaces && out.pastWidth && inside) {
        out.writeIndent();
        if (isSpace(chars[i + 1])) out.put('\\');
      } else {
        out.put(c);
      }
      spaces = true;
    } else {
      out.put(c);
      spaces = false;
    }
  }
  out.put('"');
}
