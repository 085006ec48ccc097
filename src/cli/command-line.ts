/**
 * Reads the command line: the global options and, for the operation named, each parameter's words.
 * Commander does the parsing; only the operation being run gets its options defined.
 */
import { Command, CommanderError, Option } from 'commander';
import { shapes } from '../commands/shapes.js';
import { defaultGlobalOptions, globalOptionSpecs, type GlobalOptions } from '../config/global-options.js';
import { UnknownOptionsError, UsageError } from '../errors.js';
import type { OperationSpec, Parameter } from '../model/types.js';
import { cliInputFlags, type CliInputArgs } from '../input/cli-input-args.js';
import type { PagingArgs } from '../pagination/paging-options.js';
import { requireParameters } from '../params/build-input.js';
import { expandAbbreviations } from './abbreviations.js';
import { invalidChoice } from './suggest.js';

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
}

const valueTakingGlobals = new Set(
  globalOptionSpecs.filter((spec) => spec.flags.includes('<')).map((spec) => spec.flags.split(' ')[0]),
);

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

export function parseOperationArgs(spec: OperationSpec, args: string[]): ParsedCommandLine {
  const command = baseCommand(spec.name);
  const options = new Map<Parameter, Option>();
  for (const param of spec.parameters) {
    if (param.shape === 'boolean') {
      const positive = new Option(`--${param.name}`);
      command.addOption(positive);
      command.addOption(new Option(`--no-${param.name}`));
      options.set(param, positive);
    } else {
      // argparse's nargs='*': a following --option is not a value, and no values at all is an empty list.
      const option = new Option(isList(param) ? `--${param.name} [values...]` : `--${param.name} <value>`);
      command.addOption(option);
      options.set(param, option);
    }
  }
  if (spec.paginator) {
    for (const flag of ['--starting-token', '--page-size', '--max-items']) command.addOption(new Option(`${flag} <value>`));
  }
  for (const option of cliInputFlags()) command.addOption(option);
  const longFlags = command.options.map((option) => option.long!).filter(Boolean);
  const expanded = expandAbbreviations(args, longFlags);
  checkOptionValues(expanded, command);
  run(command, expanded);

  const opts = command.opts() as Record<string, unknown>;
  const values = new Map<Parameter, string[] | boolean>();
  for (const [param, option] of options) {
    const value = opts[option.attributeName()];
    if (value === undefined) continue;
    if (value === true && isList(param)) values.set(param, []);
    else values.set(param, typeof value === 'boolean' ? value : Array.isArray(value) ? value : [value as string]);
  }
  const leftover = command.args;
  const help = leftover.length === 1 && leftover[0] === 'help';
  const paging: PagingArgs = { startingToken: opts.startingToken, pageSize: opts.pageSize, maxItems: opts.maxItems } as PagingArgs;
  const cliInput: CliInputArgs = { json: opts.cliInputJson, yaml: opts.cliInputYaml, skeleton: opts.generateCliSkeleton } as CliInputArgs;
  if (!help) {
    // As in the AWS CLI, a request file or an input skeleton makes no option required.
    const requestFile = cliInput.json !== undefined || cliInput.yaml !== undefined;
    const inputSkeleton = cliInput.skeleton !== undefined && cliInput.skeleton !== 'output';
    if (!requestFile && !inputSkeleton) requireParameters(spec, values);
    if (leftover.length) throw new UnknownOptionsError(leftover);
  }
  return { options: { ...defaultGlobalOptions, ...(opts as Partial<GlobalOptions>) }, values, help, paging, cliInput };
}

function isList(param: Parameter): boolean {
  return shapes[param.shape]?.type === 'list';
}

function baseCommand(name: string): Command {
  const command = new Command(name)
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {} })
    .helpOption(false)
    .allowExcessArguments();
  for (const spec of globalOptionSpecs) {
    const option = new Option(spec.flags, spec.description);
    if (spec.choices) option.choices(spec.choices);
    command.addOption(option);
  }
  command.allowUnknownOption(true);
  return command;
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
