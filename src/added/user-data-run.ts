/** The work of export-users, restore-users, import-users and batch, on the run's client. */
import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { runBatch } from '../batch/run-batch.js';
import { batchRecordLine } from '../batch/batch-record.js';
import { SharedClients } from '../client/client-source.js';
import { intArgument } from '../arguments/argument.js';
import { InputError, UsageError } from '../errors.js';
import type { OutputObject } from '../output/value.js';
import type { Call } from '../users/call.js';
import { csvColumns } from '../users/csv-columns.js';
import { exportUsers } from '../users/export-users.js';
import { writeExport, type ExportFormat } from '../users/export-writers.js';
import { fileLines, streamLines } from '../users/file-lines.js';
import { importJobExitCode, runImportJob } from '../users/import-job.js';
import { restoreUsers } from '../users/restore-users.js';
import { writeText, type TextSink } from '../users/text-sink.js';
import type { GlobalOptions } from '../config/global-options.js';
import type { AddedCommandContext, AddedOutput, ArgumentValues } from './added-command.js';

const callOf = (context: AddedCommandContext): Call => async (operation, input, options) =>
  (await context.call(operation, input, options)) as Record<string, unknown>;

function integer(values: ArgumentValues, name: string, fallback: number): number {
  const text = values.get(name) as string | undefined;
  if (text === undefined) return fallback;
  const value = intArgument(`--${name}`, text);
  if (value < 1) throw new UsageError(`argument --${name}: must be 1 or more`);
  return value;
}

/** Progress on stderr, on a terminal only, rewritten in place. */
function progress(context: AddedCommandContext): ((line: string) => void) & { done(): void } {
  const terminal = Boolean(context.io.stderr.isTTY);
  let shown = false;
  const show = (line: string) => {
    if (!terminal) return;
    context.io.stderr.write(`\r${line}\u001b[K`);
    shown = true;
  };
  return Object.assign(show, { done: () => shown && context.io.stderr.write('\n') });
}

export async function exportUsersCommand(values: ArgumentValues, context: AddedCommandContext): Promise<{ exitCode: number }> {
  const call = callOf(context);
  const userPoolId = String(values.get('user-pool-id'));
  const format = ((values.get('format') as string | undefined) ?? 'jsonl') as ExportFormat;
  const pages = exportUsers(call, {
    userPoolId,
    filter: values.get('filter') as string | undefined,
    groups: values.get('groups') !== false,
    segments: integer(values, 'segments', 1),
    signal: context.io.signal,
  });
  const columns = format === 'csv' ? await csvColumns(call, userPoolId) : undefined;
  const file = values.get('output-file') as string | undefined;
  const sink: TextSink = file ? createWriteStream(file, { encoding: 'utf8' }) : context.io.stdout;
  const show = progress(context);
  let count = 0;
  async function* counted() {
    for await (const page of pages) {
      count += page.length;
      show(`Exported ${count} users`);
      yield page;
    }
  }
  try {
    await writeExport(format, counted(), sink, columns);
  } finally {
    show.done();
    if (file) await new Promise<void>((resolve) => (sink as NodeJS.WritableStream).end(() => resolve()));
  }
  return { exitCode: 0 };
}

export async function restoreUsersCommand(values: ArgumentValues, context: AddedCommandContext): Promise<AddedOutput> {
  const input = String(values.get('input-file'));
  const show = progress(context);
  const summary = await restoreUsers(callOf(context), input === '-' ? stdinLines(context) : fileLines(input), {
    userPoolId: String(values.get('user-pool-id')),
    concurrency: integer(values, 'concurrency', 4),
    dryRun: values.get('dry-run') === true,
    signal: context.io.signal,
    onProgress: (sofar) => show(`Created ${sofar.Created}, skipped ${sofar.Skipped}, failed ${sofar.Failed.length}`),
  }).finally(() => show.done());
  const response = summary as unknown as OutputObject;
  return { response, operation: 'RestoreUsers', exitCode: summary.Failed.length ? 1 : 0 };
}

export async function importUsersCommand(values: ArgumentValues, context: AddedCommandContext): Promise<AddedOutput> {
  const show = progress(context);
  // Not cancelled by Ctrl-C: after it, the job is stopped with this same call.
  const call: Call = async (operation, input) => (await context.call(operation, input, { uninterrupted: true })) as Record<string, unknown>;
  const answer = await runImportJob(call, {
    userPoolId: String(values.get('user-pool-id')),
    csvFile: String(values.get('csv-file')),
    cloudWatchLogsRoleArn: String(values.get('cloud-watch-logs-role-arn')),
    jobName: values.get('job-name') as string | undefined,
    wait: values.get('wait') !== false,
    signal: context.io.signal,
    onProgress: ({ Status, Imported, Failed, Total }) => show(`${Status}: ${Imported} imported, ${Failed} failed of ${Total}`),
  }).finally(() => show.done());
  return { response: answer as OutputObject, operation: 'DescribeUserImportJob', shape: 'DescribeUserImportJobResponse', exitCode: importJobExitCode(answer) };
}

export async function batchCommand(values: ArgumentValues, context: AddedCommandContext): Promise<{ exitCode: number }> {
  const file = values.get('file') as string | undefined;
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
    return { exitCode: ok ? 0 : firstFailure || 130 };
  } finally {
    clients.close();
  }
}

/**
 * The global options given to batch, as words put before each line's own (which win, coming
 * later); json output unless a line asks otherwise, since each record holds the line's JSON.
 */
function lineDefaults(options: GlobalOptions): string[] {
  const words = ['--output', 'json'];
  const valued: Array<[string, string | undefined]> = [
    ['--endpoint-url', options.endpointUrl],
    ['--region', options.region],
    ['--profile', options.profile],
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

function stdinLines(context: AddedCommandContext): AsyncIterable<string> {
  if (!context.io.stdin) throw new InputError('no input: give a file, or the lines on standard input');
  return streamLines(context.io.stdin as unknown as Readable);
}
