/** The work of `batch`: command lines run through main() with one shared client, a record each. */
import { batchRecordLine } from '../batch/batch-record.js';
import { runBatch } from '../batch/run-batch.js';
import { SharedClients } from '../client/client-source.js';
import type { GlobalOptions } from '../config/global-options.js';
import { ExitCode } from '../errors.js';
import { fileLines } from '../users/file-lines.js';
import { writeText } from '../users/text-sink.js';
import type { AddedCommandContext, ArgumentValues } from './added-command.js';
import { checkReadable, integer, stdinLines } from './run-support.js';

export async function batchCommand(values: ArgumentValues, context: AddedCommandContext): Promise<{ exitCode: number }> {
  const file = values.get('file') as string | undefined;
  if (file !== undefined && file !== '-') checkReadable('--file', file);
  // One client per configuration for every line: they share its connection pool.
  const clients = new SharedClients();
  const defaults = lineDefaults(context.options);
  let firstFailure = 0;
  try {
    const ok = await runBatch({
      lines: file === undefined || file === '-' ? stdinLines(context) : fileLines(file),
      concurrency: integer(values, 'concurrency', 4),
      continueOnError: values.get('continue-on-error') === true,
      signal: context.io.signal,
      runLine: async (argv) => {
        let stdout = '';
        let stderr = '';
        const io = {
          stdout: { write: (chunk: string) => (stdout += chunk) },
          stderr: { write: (chunk: string) => (stderr += chunk) },
          env: context.io.env,
          signal: context.io.signal,
        };
        const exitCode = await context.runCommandLine([...defaults, ...argv], io, clients);
        return { exitCode, stdout, stderr };
      },
      onRecord: (record) => {
        if (record.ExitCode !== 0 && !firstFailure) firstFailure = record.ExitCode;
        return writeText(context.io.stdout, batchRecordLine(record));
      },
    });
    return { exitCode: ok ? 0 : firstFailure || ExitCode.interrupted };
  } finally {
    clients.close();
  }
}

/**
 * The global options given to batch, as words put before each line's own (which win, coming
 * later); json output whatever batch was given, since each record holds the line's JSON.
 */
function lineDefaults(options: GlobalOptions): string[] {
  const words = ['--output', 'json'];
  const valued: Array<[string, string | undefined]> = [
    ['--endpoint-url', options.endpointUrl],
    ['--region', options.region],
    ['--profile', options.profile],
    ['--query', options.query],
    ['--ca-bundle', options.caBundle],
    ['--cli-read-timeout', options.cliReadTimeout],
    ['--cli-connect-timeout', options.cliConnectTimeout],
    ['--cli-binary-format', options.cliBinaryFormat],
  ];
  for (const [flag, value] of valued) if (value !== undefined) words.push(flag, value);
  if (!options.verifySsl) words.push('--no-verify-ssl');
  if (!options.signRequest) words.push('--no-sign-request');
  if (!options.paginate) words.push('--no-paginate');
  if (options.debug) words.push('--debug');
  return words;
}
