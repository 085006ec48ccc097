/**
 * Runs a command beyond the AWS CLI: its argument table parsed like an operation's, its own
 * arguments checked and file:// values read, then its work, then its response printed with the
 * global options (--output, --query, ...) as any operation's.
 */
import type { AddedCommand, AddedCommandContext, ArgumentValues } from '../added/added-command.js';
import { addedArguments } from '../arguments/argument-table.js';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { ClientSource } from '../client/client-source.js';
import { invoke } from '../client/invoke.js';
import { cliName } from '../model/names.js';
import { loadCommand } from '../commands/index.js';
import { resolveSettings } from '../config/settings.js';
import { debugLog, silentLog } from '../debug/index.js';
import { UnknownOptionsError } from '../errors.js';
import { checkOutputOptions, writeResult } from '../output/write-result.js';
import { missingArguments, type Argument } from '../arguments/argument.js';
import { parameterValue } from '../params/unpack-value.js';
import { textValue } from '../params/param-files.js';
import { toSdkValue } from '../params/to-sdk.js';
import { terminalAsk } from '../terminal/prompt.js';
import { parseArguments } from './command-line.js';
import type { Io } from '../io.js';

export async function runAddedCommand(
  command: AddedCommand,
  args: string[],
  io: Io,
  clients: ClientSource,
  runCommandLine: AddedCommandContext['runCommandLine'],
): Promise<number> {
  const table = addedArguments(command);
  const given = args.includes('--help') ? undefined : parseArguments(command.name, table, args);
  if (!given || given.help) return (await import('../help/index.js')).showAddedCommandHelp(command, io);
  const missing = command.arguments.filter((argument) => argument.required && !given.values.has(argument));
  if (missing.length) throw missingArguments(missing.map((argument) => `--${argument.name}`));
  if (given.leftover.length) throw new UnknownOptionsError(given.leftover);
  const values: ArgumentValues = new Map([...given.values].map(([argument, value]) => [argument.name, argumentValue(argument, value, io)]));
  await checkOutputOptions(given.options);
  const settings = await resolveSettings(given.options, io.env);
  const ask = terminalAsk(io.stdin, io.stderr);
  const debug = given.options.debug ? debugLog(io.stderr) : silentLog;
  let client: CognitoIdentityProviderClient | undefined;
  const context: AddedCommandContext = {
    io,
    runCommandLine,
    settings,
    options: given.options,
    ask,
    async call(operation, input, { uninterrupted = false, keepNumberText } = {}) {
      const spec = await loadCommand(cliName(operation));
      if (!spec) throw new Error(`No such operation: ${operation}`);
      client ??= clients.acquire(given.options, settings, io.env, ask);
      return invoke(client, spec, input, uninterrupted ? undefined : io.signal, debug, { keepNumberText });
    },
  };
  try {
    const output = await command.run(values, context);
    if (output && 'response' in output) {
      await writeResult({ kind: 'single', response: output.response }, { operation: output.operation, output: output.shape ?? '', settings, options: given.options, io });
    }
    return output?.exitCode ?? 0;
  } finally {
    if (client) clients.release(client);
  }
}

/** A model-typed argument is unpacked as an operation's parameter is; any other string may name a file. */
function argumentValue(argument: Argument, value: string | string[] | boolean, io: Io): unknown {
  if (typeof value === 'boolean') return value;
  const { parameter } = argument;
  if (parameter) return toSdkValue(parameterValue(parameter, typeof value === 'string' ? [value] : value, io.env), parameter.shape);
  return typeof value === 'string' ? textValue(value, io.env) : value;
}
