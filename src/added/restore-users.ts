/** `cognito-idp restore-users`: recreates users, their states and groups from an export-users file. */
import type { AddedCommand } from './added-command.js';
import { commandArgument, switchArgument } from './arguments.js';

export const command: AddedCommand = {
  name: 'restore-users',
  summary: 'Recreates users, their states, groups and memberships from export-users JSON Lines.',
  description: [
    'For each user of the file: AdminCreateUser with its writable attributes (sub and other read-only ones are ' +
      'dropped) and message action SUPPRESS; disabled users are disabled; missing groups are created and ' +
      'memberships added. Users that already exist are skipped and counted, so a second run creates nothing.',
    'Prints {"Created": n, "Skipped": n, "Failed": [{"Username", "Error"}]}; exits 0 only when nothing failed, ' +
      'else 1 (as aws s3 does when a transfer fails). N requests are in flight at once (--concurrency, default 4); ' +
      'throttling is retried with back-off.',
  ],
  arguments: [
    commandArgument('user-pool-id', 'The user pool ID.', { required: true }),
    commandArgument('input-file', 'The export-users JSON Lines file (- reads standard input).', { required: true }),
    commandArgument('concurrency', 'Requests in flight at once (default 4).', { valueName: 'integer' }),
    switchArgument('dry-run', 'Count what would be created and skipped, and change nothing.'),
  ],
  examples: [
    {
      title: 'To copy the users of one pool into another',
      command:
        'cognito-idp export-users --user-pool-id us-west-2_aaaaaaaaa --output-file users.jsonl\n' +
        'cognito-idp restore-users --user-pool-id us-west-2_bbbbbbbbb --input-file users.jsonl',
    },
  ],
  async run(values, context) {
    const { restoreUsersCommand } = await import('./restore-users-run.js');
    return restoreUsersCommand(values, context);
  },
};
