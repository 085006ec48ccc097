/** Errors of the shorthand parser: each knows the input and the position it points at. */

export class ShorthandError extends Error {}

/**
 * Shows `input` with a caret line under code point `index`; the caret goes under the line holding
 * the spot.
 */
export function errorLocation(text: string, index: number): string {
  const chars = Array.from(text);
  const input = chars.join('');
  index = chars.slice(0, index).join('').length;
  const before = input.slice(0, index);
  const lastNewline = before.lastIndexOf('\n');
  const column = Array.from(lastNewline === -1 ? before : before.slice(lastNewline + 1)).length;
  const nextNewline = input.indexOf('\n', index);
  const consumed = nextNewline === -1 ? input : input.slice(0, nextNewline);
  const remaining = nextNewline === -1 ? '' : input.slice(nextNewline);
  return `${consumed}\n${' '.repeat(column)}^${remaining}`;
}

/**
 * The parser raises (and catches) these while backtracking, so the message, which shows the whole
 * input, is only built when read: building it each time would make parsing quadratic.
 */
export class ShorthandSyntaxError extends ShorthandError {
  constructor(
    readonly input: string,
    readonly expected: string,
    readonly actual: string,
    readonly index: number,
  ) {
    super();
  }

  override get message(): string {
    return `Expected: '${this.expected}', received: '${this.actual}' for input:\n${errorLocation(this.input, this.index)}`;
  }
}

export class DuplicateKeyError extends ShorthandError {
  constructor(
    readonly key: string,
    readonly input: string,
    readonly index: number,
  ) {
    super(
      `Second instance of key "${key}" encountered for input:\n${errorLocation(input, index)}\n` +
        'This is often because there is a preceding "," instead of a space.',
    );
  }
}
