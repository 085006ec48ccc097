/** The work of `export-users`: the pool's users, a page at a time, to a file or standard output. */
import { createWriteStream } from 'node:fs';
import { ParameterError } from '../errors.js';
import type { OutputValue } from '../output/value.js';
import { csvColumns } from '../users/csv-columns.js';
import { exportUsers } from '../users/export-users.js';
import { writeExport, type ExportFormat } from '../users/export-writers.js';
import type { TextSink } from '../users/text-sink.js';
import type { AddedCommandContext, ArgumentValues } from './added-command.js';
import { callOf, integer, openFile, progress } from './run-support.js';

export async function exportUsersCommand(values: ArgumentValues, context: AddedCommandContext): Promise<{ exitCode: number }> {
  const call = callOf(context);
  const userPoolId = String(values.get('user-pool-id'));
  const format = ((values.get('format') as string | undefined) ?? 'jsonl') as ExportFormat;
  const query = await eachUserQuery(context.options.query, format);
  const file = values.get('output-file') as string | undefined;
  const fd = file ? openFile('--output-file', file, 'write') : undefined;
  const pages = exportUsers(call, {
    userPoolId,
    filter: values.get('filter') as string | undefined,
    groups: values.get('groups') !== false,
    segments: integer(values, 'segments', 1),
    keepNumberText: format !== 'csv',
    signal: context.io.signal,
  });
  const columns = format === 'csv' ? await csvColumns(call, userPoolId) : undefined;
  const sink: TextSink = fd === undefined ? context.io.stdout : createWriteStream('', { fd, encoding: 'utf8' });
  const show = progress(context);
  let count = 0;
  async function* counted() {
    for await (const page of pages) {
      count += page.length;
      show(`Exported ${count} users`);
      yield query ? page.map((user) => query.search(user as OutputValue)) : page;
    }
  }
  try {
    await writeExport(format, counted(), sink, columns);
  } finally {
    show.done();
    if (fd !== undefined) await new Promise<void>((resolve) => (sink as NodeJS.WritableStream).end(() => resolve()));
  }
  return { exitCode: 0 };
}

/** --query is applied to each user, in the JSON formats: a CSV's columns are those of an import job. */
async function eachUserQuery(expression: string | undefined, format: ExportFormat) {
  if (expression === undefined) return undefined;
  if (format === 'csv') throw new ParameterError('--query applies to each user in --format jsonl and json, not in --format csv');
  return (await import('../output/query.js')).compileQuery(expression);
}
