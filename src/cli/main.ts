/**
 * `cognito-idp <operation> [parameters] [options]`: parse, build the request, call, print.
 * Returns the exit code; never exits the process, so tests can run it in-process.
 */
import { commandNames, loadCommand } from '../commands/index.js';
import { resolveSettings } from '../config/settings.js';
import { ParameterError } from '../errors.js';
import type { OperationSpec } from '../model/types.js';
import { buildInput } from '../params/build-input.js';
import { writeResult } from '../output/write-result.js';
import { createClient } from '../client/create-client.js';
import { invoke } from '../client/invoke.js';
import { findOperationName, parseGlobalOptions, parseOperationArgs } from './command-line.js';
import { processIo, type Io } from './io.js';
import { reportError } from './report-error.js';
import { invalidChoice } from './suggest.js';

export const VERSION = '0.1.0';

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    return await run(argv, io);
  } catch (error) {
    return reportError(error, io.stderr, debug);
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  const { name, index } = findOperationName(argv);
  if (name === undefined) {
    if (argv.includes('--version')) {
      io.stdout.write(`cognito-idp/${VERSION} Node.js/${process.version.slice(1)} ${process.platform}\n`);
      return 0;
    }
    throw new ParameterError('the following arguments are required: operation');
  }
  const spec = await loadCommand(name);
  if (!spec) throw new ParameterError(invalidChoice(name, commandNames));
  const args = [...argv.slice(0, index), ...argv.slice(index + 1)];
  const parsed = parseOperationArgs(spec, args);
  if (parsed.help) {
    io.stdout.write(`${usage(spec)}\n`);
    return 0;
  }
  const input = buildInput(spec, parsed.values, io.env);
  const settings = await resolveSettings(parsed.options, io.env);
  const client = createClient(spec, parsed.options, settings, io.env);
  try {
    const response = await invoke(client, spec, input, io.signal);
    await writeResult({ kind: 'single', response }, { spec, settings, options: parsed.options, io });
  } finally {
    client.destroy();
  }
  return 0;
}

function usage(spec: OperationSpec): string {
  const params = spec.parameters.map((p) => (p.required ? `--${p.name} <value>` : `[--${p.name} <value>]`));
  return [`${spec.name}`, '', `  cognito-idp ${spec.name}`, ...params.map((p) => `    ${p}`)].join('\n');
}

export { parseGlobalOptions };
