/** `cognito-idp export-users`: every user of a pool, with its groups, as JSON Lines, JSON or CSV. */
import type { AddedCommand } from './added-command.js';
import { commandArgument, switchArgument } from './arguments.js';

export const command: AddedCommand = {
  name: 'export-users',
  summary: 'Exports every user of a pool, with its groups, as JSON Lines (or JSON, or CSV for an import job).',
  description: [
    'Lists every user with ListUsers and writes each as one line of JSON: the user object as the AWS CLI prints ' +
      'it (epoch timestamps) plus "Groups", the names of its groups. Memberships come from ListGroups and ' +
      'ListUsersInGroup, joined in memory. Output streams: memory stays flat however large the pool.',
    '--format csv writes the columns of get-csv-header for the pool (from its schema where the endpoint has no ' +
      'GetCSVHeader), so the file feeds import-users as it is. --format json writes one JSON array. --query applies ' +
      'to each user (in jsonl and json); --output does not apply: --format chooses the layout.',
    '--segments N lists N disjoint slices of the pool in parallel (ListUsers filters on prefixes of sub), for ' +
      'large pools. Throttling is retried with back-off; no user is skipped or written twice. A failure stops the ' +
      'export with a non-zero exit, the output complete up to its last whole line.',
  ],
  arguments: [
    commandArgument('user-pool-id', 'The user pool ID.', { required: true }),
    commandArgument('format', 'jsonl (the default), json or csv.', { choices: ['jsonl', 'json', 'csv'] }),
    commandArgument('filter', 'A ListUsers filter, e.g. \'status = "Enabled"\' (with one segment only).'),
    switchArgument('groups', 'Add each user\'s groups (the default); --no-groups leaves them out.'),
    commandArgument('segments', 'How many slices of the pool to list in parallel (1 to 256; default 1).', { valueName: 'integer' }),
    commandArgument('output-file', 'Write to this file instead of standard output.'),
  ],
  examples: [
    { title: 'To back up a pool', command: 'cognito-idp export-users --user-pool-id us-west-2_aaaaaaaaa --output-file users.jsonl' },
    {
      title: 'To write a CSV for an import job',
      command: 'cognito-idp export-users --user-pool-id us-west-2_aaaaaaaaa --format csv --no-groups --output-file users.csv',
    },
    {
      title: 'To list the usernames and groups of the disabled users',
      command: 'cognito-idp export-users --user-pool-id us-west-2_aaaaaaaaa --filter \'status = "Disabled"\' --query \'{Username: Username, Groups: Groups}\'',
    },
    {
      title: 'To count the enabled users',
      command: 'cognito-idp export-users --user-pool-id us-west-2_aaaaaaaaa --filter \'status = "Enabled"\' --no-groups | wc -l',
    },
  ],
  async run(values, context) {
    const { exportUsersCommand } = await import('./export-users-run.js');
    return exportUsersCommand(values, context);
  },
};
