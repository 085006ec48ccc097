/**
 * A command beyond the AWS CLI (`sign-in`, `export-users`, ...), declared like a generated one:
 * a name, help text and an argument table, so that parsing, help, completion and every global
 * option work on it as on any operation. Its work is loaded only when it runs.
 */
import type { Argument } from '../arguments/argument.js';
import type { ClientSource } from '../client/client-source.js';
import type { Io } from '../io.js';
import type { GlobalOptions } from '../config/global-options.js';
import type { Settings } from '../config/settings.js';
import type { OutputValue } from '../output/value.js';
import type { Ask } from '../terminal/prompt.js';

/**
 * What was given for each of the command's own arguments, by name: file:// values already read,
 * model-typed ones (client metadata, attributes) unpacked as operation parameters are.
 */
export type ArgumentValues = ReadonlyMap<string, unknown>;

export interface AddedCommandContext {
  io: Io;
  settings: Settings;
  options: GlobalOptions;
  /**
   * Sends one operation (`InitiateAuth`) through the run's one client, as the operation commands do.
   * Ctrl-C cancels it unless `uninterrupted` (a clean-up call made after Ctrl-C, such as stopping a job).
   * `keepNumberText` false: the answer's numbers are plain numbers (see invoke), for answers read, not printed.
   */
  call(operation: string, input: Record<string, unknown>, options?: { uninterrupted?: boolean; keepNumberText?: boolean }): Promise<OutputValue>;
  /** Runs one cognito-idp command line as main() does (for batch), with its own I/O and clients. */
  runCommandLine(argv: string[], io: Io, clients: ClientSource): Promise<number>;
  /** Asks on the terminal; undefined when there is none. */
  ask?: Ask;
}

/** A response to print as the AWS CLI prints `operation`'s (member order from `shape`, when given). */
export interface AddedOutput {
  response: OutputValue;
  operation: string;
  shape?: string;
  /** Non-zero when the command failed though it has a response to print (some users failed). */
  exitCode?: number;
}

export interface AddedCommand {
  name: string;
  summary: string;
  /** Paragraphs of the help page's DESCRIPTION. */
  description: readonly string[];
  arguments: readonly Argument[];
  examples: readonly { title: string; command: string }[];
  /** Prints its own output (JSON Lines, a file) when it returns nothing but an exit code. */
  run(values: ArgumentValues, context: AddedCommandContext): Promise<AddedOutput | { exitCode: number } | undefined>;
}
