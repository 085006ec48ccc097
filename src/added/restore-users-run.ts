/** The work of `restore-users`: an export-users file back into a pool. */
import type { OutputObject } from '../output/value.js';
import { fileLines } from '../users/file-lines.js';
import { restoreUsers } from '../users/restore-users.js';
import type { AddedCommandContext, AddedOutput, ArgumentValues } from './added-command.js';
import { callOf, checkReadable, integer, progress, stdinLines } from './run-support.js';

export async function restoreUsersCommand(values: ArgumentValues, context: AddedCommandContext): Promise<AddedOutput> {
  const input = String(values.get('input-file'));
  if (input !== '-') checkReadable('--input-file', input);
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
