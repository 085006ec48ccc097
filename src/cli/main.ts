/**
 * `cognito-idp <operation> [parameters] [options]`: parse, build the request, call, print.
 * Returns the exit code; never exits the process, so tests can run it in-process.
 */
import { loadCommand } from '../commands/index.js';
import { loadAddedCommand } from '../added/index.js';
import { resolveSettings } from '../config/settings.js';
import { UsageError } from '../errors.js';
import { buildInput } from '../params/build-input.js';
import { checkOutputOptions, writeResult } from '../output/write-result.js';
import { ownClient, type ClientSource } from '../client/client-source.js';
import { invoke } from '../client/invoke.js';
import { findOperationName, parseOperationArgs } from './command-line.js';
import type { Io } from '../io.js';
import { processIo } from './process-io.js';
import { reportError } from './report-error.js';
import { showHelpTopic } from './help-topic.js';
import { readCliInput } from '../input/cli-input.js';
import { paginate } from '../pagination/paginate.js';
import { pagingPlan } from '../pagination/paging-options.js';
import { progressLine } from '../pagination/progress.js';
import type { CallResult } from '../output/call-result.js';
import { invalidOperation } from './suggest.js';
import { debugLog, silentLog } from '../debug/index.js';
import { terminalAsk } from '../terminal/prompt.js';
import { fillSecretHash } from '../auth/fill-secret-hash.js';
import { textValue } from '../params/param-files.js';

export const VERSION = '0.1.0';

/** `clients`: where the run's SDK client comes from (a batch shares one between its lines). */
export async function main(argv: string[], io: Io = processIo(), clients: ClientSource = ownClient): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    return await run(argv, io, clients);
  } catch (error) {
    return reportError(error, io.stderr, debug);
  }
}

async function run(argv: string[], io: Io, clients: ClientSource): Promise<number> {
  const { name, index } = findOperationName(argv);
  if (name === undefined) {
    if (argv.includes('--version')) {
      io.stdout.write(`cognito-idp/${VERSION} Node.js/${process.version.slice(1)} ${process.platform}\n`);
      return 0;
    }
    if (argv.includes('--help')) return (await import('../help/index.js')).showOverview(io, VERSION);
    throw new UsageError('the following arguments are required: operation');
  }
  if (name === 'help') return showHelpTopic(argv.slice(index + 1), io, VERSION);
  if (name === 'completion') return (await import('../completion/index.js')).runCompletion(argv.slice(index + 1), io);
  const args = [...argv.slice(0, index), ...argv.slice(index + 1)];
  const added = await loadAddedCommand(name);
  if (added) return (await import('./run-added.js')).runAddedCommand(added, args, io, clients, main);
  const spec = await loadCommand(name);
  if (!spec) throw invalidOperation(name);
  const parsed = args.includes('--help') ? undefined : parseOperationArgs(spec, args);
  if (!parsed || parsed.help) return (await import('../help/index.js')).showOperationHelp(spec, io);
  const skeleton = parsed.cliInput.skeleton;
  if (skeleton === 'input' || skeleton === 'yaml-input') {
    const { inputSkeletonJson, inputSkeletonYaml } = await import('../input/skeleton.js');
    io.stdout.write(skeleton === 'input' ? inputSkeletonJson(spec) : inputSkeletonYaml(spec));
    return 0;
  }
  let input = buildInput(spec, parsed.values, await readCliInput(parsed.cliInput, io.env), io.env);
  if (parsed.clientSecret !== undefined) input = fillSecretHash(spec.operation, input, textValue(parsed.clientSecret, io.env));
  const paging = pagingPlan(spec, parsed.values, parsed.paging, parsed.options.paginate, (line) => io.stderr.write(line));
  await checkOutputOptions(parsed.options);
  const settings = await resolveSettings(parsed.options, io.env);
  const context = { operation: spec.operation, output: spec.output, settings, options: parsed.options, io };
  if (skeleton === 'output') {
    const { outputSkeleton } = await import('../input/skeleton.js');
    await writeResult({ kind: 'single', response: outputSkeleton(spec) }, context);
    return 0;
  }
  const ask = terminalAsk(io.stdin, io.stderr);
  const client = clients.acquire(parsed.options, settings, io.env, ask);
  const debug = parsed.options.debug ? debugLog(io.stderr) : silentLog;
  try {
    const call: CallResult =
      paging && spec.paginator
        ? paginate(spec.paginator, input, paging, (page) => invoke(client, spec, page, io.signal, debug), progressLine(io.stderr))
        : { kind: 'single', response: await invoke(client, spec, input, io.signal, debug) };
    await writeResult(call, context);
  } finally {
    clients.release(client);
  }
  return 0;
}
