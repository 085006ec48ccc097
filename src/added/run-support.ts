/** What the bulk commands' work shares: the run's client as a Call, integer options, progress, input lines. */
import { closeSync, fstatSync, openSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { intArgument } from '../arguments/argument.js';
import { InputError, UsageError } from '../errors.js';
import { fileErrorText } from '../params/param-files.js';
import type { Call } from '../users/call.js';
import { streamLines } from '../users/file-lines.js';
import type { AddedCommandContext, ArgumentValues } from './added-command.js';

export const callOf = (context: AddedCommandContext): Call => async (operation, input, options) =>
  (await context.call(operation, input, options)) as Record<string, unknown>;

export function integer(values: ArgumentValues, name: string, fallback: number): number {
  const text = values.get(name) as string | undefined;
  if (text === undefined) return fallback;
  const value = intArgument(`--${name}`, text);
  if (value < 1) throw new UsageError(`argument --${name}: must be 1 or more`);
  return value;
}

/**
 * Opens the file an option names, before anything is sent, and answers its descriptor (writing
 * creates or empties it): a missing file, a directory or a refused permission is one line and 252.
 */
export function openFile(option: string, path: string, use: 'read' | 'write'): number {
  let fd: number;
  try {
    fd = openSync(path, use === 'read' ? 'r' : 'w');
  } catch (error) {
    throw new InputError(`Unable to ${use} ${option}: ${fileErrorText(path, error)}`);
  }
  // Linux opens a directory for reading; reading it is what fails.
  if (fstatSync(fd).isDirectory()) {
    closeSync(fd);
    throw new InputError(`Unable to ${use} ${option}: ${fileErrorText(path, { code: 'EISDIR' })}`);
  }
  return fd;
}

/** Checks that the file an option names can be read, as openFile does, for modules that read it by path. */
export function checkReadable(option: string, path: string): void {
  closeSync(openFile(option, path, 'read'));
}

/** Progress on stderr, on a terminal only, rewritten in place. */
export function progress(context: AddedCommandContext): ((line: string) => void) & { done(): void } {
  const terminal = Boolean(context.io.stderr.isTTY);
  let shown = false;
  const show = (line: string) => {
    if (!terminal) return;
    context.io.stderr.write(`\r${line}\u001b[K`);
    shown = true;
  };
  return Object.assign(show, { done: () => shown && context.io.stderr.write('\n') });
}

export function stdinLines(context: AddedCommandContext): AsyncIterable<string> {
  if (!context.io.stdin) throw new InputError('no input: give a file, or the lines on standard input');
  return streamLines(context.io.stdin as unknown as Readable);
}
