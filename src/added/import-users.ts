/** `cognito-idp import-users`: a CSV import job from start to end, upload included. */
import type { AddedCommand } from './added-command.js';
import { commandArgument, switchArgument } from './arguments.js';

export const command: AddedCommand = {
  name: 'import-users',
  summary: 'Runs a user import job: checks the CSV, creates the job, uploads the file, starts it and follows it.',
  description: [
    'Checks the CSV header against get-csv-header before anything is created (missing or unknown columns are ' +
      'one line, exit 252); then create-user-import-job, an upload of the file to the pre-signed URL with the ' +
      'x-amz-server-side-encryption: aws:kms header the URL was signed with, and start-user-import-job.',
    'It then polls the job, with a progress line (imported / failed / total) on a terminal, until it ends, and ' +
      'prints the job as describe-user-import-job does; exit 254 when the job failed. Ctrl-C while waiting stops ' +
      'the job (stop-user-import-job) and exits 130. --no-wait prints the started job and returns.',
  ],
  arguments: [
    commandArgument('user-pool-id', 'The user pool ID.', { required: true }),
    commandArgument('csv-file', 'The CSV file, with the columns of get-csv-header.', { required: true }),
    commandArgument('cloud-watch-logs-role-arn', 'The role that lets the job write to CloudWatch Logs.', { required: true }),
    commandArgument('job-name', 'The job\'s name (default: import- and the file name).'),
    switchArgument('wait', 'Follow the job to its end (the default); --no-wait returns once it started.'),
  ],
  examples: [
    {
      title: 'To import users from a CSV file',
      command:
        'cognito-idp import-users --user-pool-id us-west-2_aaaaaaaaa --csv-file users.csv ' +
        '--cloud-watch-logs-role-arn arn:aws:iam::123456789012:role/CognitoImportRole',
    },
  ],
  async run(values, context) {
    const { importUsersCommand } = await import('./import-users-run.js');
    return importUsersCommand(values, context);
  },
};
