/** The work of `import-users`: a CSV import job from start to end. */
import type { OutputObject } from '../output/value.js';
import type { Call } from '../users/call.js';
import { importJobExitCode, runImportJob } from '../users/import-job.js';
import type { AddedCommandContext, AddedOutput, ArgumentValues } from './added-command.js';
import { checkReadable, progress } from './run-support.js';

export async function importUsersCommand(values: ArgumentValues, context: AddedCommandContext): Promise<AddedOutput> {
  const csvFile = String(values.get('csv-file'));
  checkReadable('--csv-file', csvFile);
  const show = progress(context);
  // Not cancelled by Ctrl-C: after it, the job is stopped with this same call.
  const call: Call = async (operation, input) => (await context.call(operation, input, { uninterrupted: true })) as Record<string, unknown>;
  const answer = await runImportJob(call, {
    userPoolId: String(values.get('user-pool-id')),
    csvFile,
    cloudWatchLogsRoleArn: String(values.get('cloud-watch-logs-role-arn')),
    jobName: values.get('job-name') as string | undefined,
    wait: values.get('wait') !== false,
    signal: context.io.signal,
    onProgress: ({ Status, Imported, Failed, Total }) => show(`${Status}: ${Imported} imported, ${Failed} failed of ${Total}`),
  }).finally(() => show.done());
  return { response: answer as OutputObject, operation: 'DescribeUserImportJob', shape: 'DescribeUserImportJobResponse', exitCode: importJobExitCode(answer) };
}
