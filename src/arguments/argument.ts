/**
 * One option a command takes, as data (aws-cli's arg_table entry). The command-line parser, the
 * help pages and shell completion all read the same entries, so they can never disagree.
 */
import { UsageError } from '../errors.js';
import type { Parameter } from '../model/types.js';

export type ArgumentGroup = 'parameter' | 'paging' | 'input' | 'global';

export interface Argument {
  /** Without its dashes: `user-pool-id`. A switch that has only a negative form is named `no-...`. */
  name: string;
  group: ArgumentGroup;
  /**
   * The words it takes: none (a switch), exactly one, one or none (`optional`, `preset` when bare),
   * or any number (`list`, argparse's nargs='*').
   */
  arity: 'none' | 'one' | 'optional' | 'list';
  /** A switch that also has a `--no-` form (boolean members, --cli-auto-prompt). */
  negatable?: true;
  choices?: readonly string[];
  preset?: string;
  required?: true;
  /** Given as a bare word rather than a flag (`decode-token TOKEN`). */
  positional?: true;
  /** What help calls its value: `(string)`, `(integer)`, `<format>`. */
  valueName?: string;
  description?: string;
  /** For an operation's parameters: the member of the request it fills. */
  parameter?: Parameter;
}

/** Every spelling of the argument on the command line, with dashes (none for a positional one). */
export function flagsOf(argument: Argument): string[] {
  if (argument.positional) return [];
  const flag = `--${argument.name}`;
  return argument.negatable ? [flag, `--no-${argument.name}`] : [flag];
}

export function takesValue(argument: Argument): boolean {
  return argument.arity !== 'none';
}

/** argparse's complaint about required options that were not given. */
export function missingArguments(names: readonly string[]): UsageError {
  return new UsageError(`the following arguments are required: ${names.join(', ')}`);
}

/** argparse's `type=int`: blanks around, a sign and `_` between digits allowed. */
export function intArgument(flag: string, text: string): number {
  if (!/^\s*[+-]?\d+(_\d+)*\s*$/.test(text)) throw new UsageError(`argument ${flag}: invalid int value: '${text}'`);
  return Number(text.replace(/_/g, ''));
}
