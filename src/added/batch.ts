/** `cognito-idp batch`: many cognito-idp command lines in one process, N at a time. */
import type { AddedCommand } from './added-command.js';
import { commandArgument, switchArgument } from './arguments.js';

export const command: AddedCommand = {
  name: 'batch',
  summary: 'Runs many cognito-idp command lines in one process, with one client, N at a time.',
  description: [
    'Reads command lines (one per line, without the program name, shell-style quoting, # comments) from --file or ' +
      'standard input and runs them with one client and its connection pool, --concurrency at a time (default 4).',
    'For each line it prints one JSON Lines record, in input order: {"Line": n, "ExitCode": c, "Output": <the ' +
      'response as json prints it>, "Error": "<the error line>"}. It stops at the first failure (lines already ' +
      'started finish) unless --continue-on-error; it exits 0 only when every line succeeded.',
    'Global options given to batch (--endpoint-url, --region, --profile, --query, ...) apply to every line, whose ' +
      'own options win; --output does not apply, as each record holds the JSON of its line.',
  ],
  arguments: [
    commandArgument('file', 'The file of command lines; standard input when not given.'),
    commandArgument('concurrency', 'Lines run at once (default 4).', { valueName: 'integer' }),
    switchArgument('continue-on-error', 'Run every line, whatever fails.'),
  ],
  examples: [
    {
      title: 'To create users from a file of command lines',
      command:
        "printf 'admin-create-user --user-pool-id %s --username %s --message-action SUPPRESS\\n' ... > lines.txt\n" +
        'cognito-idp batch --file lines.txt --concurrency 8',
    },
  ],
  async run(values, context) {
    const { batchCommand } = await import('./batch-run.js');
    return batchCommand(values, context);
  },
};
