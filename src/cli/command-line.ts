/**
 * Reads the command line: the global options and, for the operation named, each parameter's words.
 * Commander does the parsing; only the operation being run gets its options defined.
 */
import { Command, CommanderError, Option } from 'commander';
import { flagsOf, type Argument } from '../arguments/argument.js';
import { operationArguments } from '../arguments/argument-table.js';
import { globalArguments } from '../arguments/global-arguments.js';
import { defaultGlobalOptions, type GlobalOptions } from '../config/global-options.js';
import { UnknownOptionsError, UsageError } from '../errors.js';
import type { OperationSpec, Parameter } from '../model/types.js';
import type { CliInputArgs } from '../input/cli-input-args.js';
import type { PagingArgs } from '../pagination/paging-options.js';
import { requireParameters } from '../params/build-input.js';
import { expandAbbreviations } from './abbreviations.js';
import { invalidChoice } from '../arguments/invalid-choice.js';

export interface ParsedCommandLine {
  options: GlobalOptions;
  /** Each parameter given: its words, or true/false for a boolean flag. */
  values: Map<Parameter, string[] | boolean>;
  /** `cognito-idp <operation> help`. */
  help: boolean;
  /** --starting-token, --page-size, --max-items (paginated operations only). */
  paging: PagingArgs;
  /** --cli-input-json, --cli-input-yaml, --generate-cli-skeleton. */
  cliInput: CliInputArgs;
  /** --client-secret, on operations that carry a secret hash. */
  clientSecret?: string;
}

const valueTakingGlobals = new Set(globalArguments.filter((argument) => argument.arity === 'one').map((argument) => `--${argument.name}`));

/** The operation name: the first word that is neither an option nor a global option's value. */
export function findOperationName(args: string[]): { name?: string; index: number } {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('-')) {
      if (valueTakingGlobals.has(arg)) i++;
      continue;
    }
    return { name: arg, index: i };
  }
  return { index: -1 };
}

/** What was given for each argument of the table: its words, its one word, or true/false for a switch. */
export interface GivenArguments {
  values: Map<Argument, string[] | string | boolean>;
  /** `cognito-idp <command> help`. */
  help: boolean;
  /** Words no argument took. */
  leftover: string[];
  options: GlobalOptions;
}

/**
 * Parses `args` against an argument table (the command name already taken out). Words left over
 * are in `leftover`; the caller decides, after its own required check, that they are unknown.
 */
export function parseArguments(name: string, table: readonly Argument[], args: string[]): GivenArguments {
  const command = new Command(name)
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {} })
    .helpOption(false)
    .allowExcessArguments()
    .allowUnknownOption(true);
  const options = new Map<Argument, Option>();
  for (const argument of table) {
    if (argument.positional) continue;
    const option = commanderOption(argument);
    command.addOption(option);
    if (argument.negatable) command.addOption(new Option(`--no-${argument.name}`));
    options.set(argument, option);
  }
  const expanded = expandAbbreviations(args, table.flatMap(flagsOf));
  checkOptionValues(expanded, command);
  run(command, expanded);

  const opts = command.opts() as Record<string, unknown>;
  const values = new Map<Argument, string[] | string | boolean>();
  for (const [argument, option] of options) {
    if (argument.group === 'global') continue;
    const value = opts[option.attributeName()];
    if (value === undefined) continue;
    // argparse's nargs='*': a list option with no words is an empty list.
    values.set(argument, value === true && argument.arity === 'list' ? [] : (value as string[] | string | boolean));
  }
  const leftover = [...command.args];
  const help = leftover.length === 1 && leftover[0] === 'help';
  if (!help) {
    for (const argument of table) {
      if (argument.positional && leftover.length) values.set(argument, leftover.shift()!);
    }
  }
  return { values, help, leftover: help ? [] : leftover, options: { ...defaultGlobalOptions, ...(opts as Partial<GlobalOptions>) } };
}

function commanderOption(argument: Argument): Option {
  const flag = `--${argument.name}`;
  const option =
    argument.arity === 'none'
      ? new Option(flag)
      : argument.arity === 'one'
        ? new Option(`${flag} <value>`)
        : argument.arity === 'optional'
          ? new Option(`${flag} [value]`)
          : new Option(`${flag} [values...]`);
  if (argument.choices) option.choices(argument.choices);
  if (argument.preset !== undefined) option.preset(argument.preset);
  return option;
}

export function parseOperationArgs(spec: OperationSpec, args: string[]): ParsedCommandLine {
  const given = parseArguments(spec.name, operationArguments(spec), args);
  const values = new Map<Parameter, string[] | boolean>();
  const byName = new Map<string, string | undefined>();
  for (const [argument, value] of given.values) {
    if (argument.parameter) values.set(argument.parameter, typeof value === 'string' ? [value] : value);
    else byName.set(argument.name, value as string | undefined);
  }
  const paging: PagingArgs = { startingToken: byName.get('starting-token'), pageSize: byName.get('page-size'), maxItems: byName.get('max-items') };
  const cliInput: CliInputArgs = {
    json: byName.get('cli-input-json'),
    yaml: byName.get('cli-input-yaml'),
    skeleton: byName.get('generate-cli-skeleton'),
  };
  if (!given.help) {
    // As in the AWS CLI, a request file or an input skeleton makes no option required.
    const requestFile = cliInput.json !== undefined || cliInput.yaml !== undefined;
    const inputSkeleton = cliInput.skeleton !== undefined && cliInput.skeleton !== 'output';
    if (!requestFile && !inputSkeleton) requireParameters(spec, values);
    if (given.leftover.length) throw new UnknownOptionsError(given.leftover);
  }
  return { options: given.options, values, help: given.help, paging, cliInput, clientSecret: byName.get('client-secret') };
}

/**
 * What argparse refuses while it reads the words left to right, before Commander sees them: an
 * option that takes a value followed by another option or by nothing (Commander would take the
 * next option as the value), and a value that is not one of the option's choices.
 */
function checkOptionValues(args: string[], command: Command): void {
  const byFlag = new Map(command.options.filter((option) => option.long).map((option) => [option.long!, option]));
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') return;
    const [flag, ...rest] = args[i].split('=');
    const option = byFlag.get(flag);
    if (!option || !(option.required || option.optional)) continue;
    let value: string | undefined = rest.length ? rest.join('=') : undefined;
    if (value === undefined && !option.variadic && i + 1 < args.length && !looksLikeOption(args[i + 1], byFlag)) value = args[++i];
    if (value === undefined && option.required) throw new UsageError(`argument ${flag}: expected one argument`);
    if (value !== undefined && option.argChoices && !option.argChoices.includes(value)) {
      throw new UsageError(`argument ${flag}: ${invalidChoice(value, option.argChoices)}`);
    }
  }
}

/** argparse's test of a word: an option unless it is a negative number or holds a space. */
function looksLikeOption(word: string, known: Map<string, Option>): boolean {
  if (!word.startsWith('-') || word === '-') return false;
  if (known.has(word.split('=')[0])) return true;
  return !/^-\d+$|^-\d*\.\d+$/.test(word) && !word.includes(' ');
}

function run(command: Command, args: string[]): void {
  try {
    command.parse(args, { from: 'user' });
  } catch (error) {
    // checkOptionValues has refused what argparse refuses; anything else Commander finds is
    // reported in its own words.
    if (error instanceof CommanderError) throw new UsageError(error.message.replace(/^error: /, ''));
    throw error;
  }
}
