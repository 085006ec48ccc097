/** The options every command takes, with the AWS CLI's names, as data. */
import type { Argument } from './argument.js';

export const outputFormats = ['json', 'text', 'table', 'yaml', 'yaml-stream', 'off'] as const;

const global = (argument: Omit<Argument, 'group'>): Argument => ({ group: 'global', ...argument });

export const globalArguments: readonly Argument[] = [
  global({ name: 'debug', arity: 'none', description: 'Turn on debug logging (secrets redacted).' }),
  global({ name: 'endpoint-url', arity: 'one', valueName: 'url', description: "Override the command's default URL with the given URL." }),
  global({ name: 'no-verify-ssl', arity: 'none', description: 'Do not verify SSL certificates.' }),
  global({ name: 'no-paginate', arity: 'none', description: 'Disable automatic pagination: make one call.' }),
  global({ name: 'output', arity: 'one', valueName: 'format', choices: outputFormats, description: 'The formatting style for command output.' }),
  global({ name: 'query', arity: 'one', valueName: 'expression', description: 'A JMESPath query to use in filtering the response data.' }),
  global({ name: 'profile', arity: 'one', valueName: 'name', description: 'Use a specific profile from your credential file.' }),
  global({ name: 'region', arity: 'one', valueName: 'region', description: 'The region to use. Overrides config/env settings.' }),
  global({ name: 'color', arity: 'one', valueName: 'when', choices: ['on', 'off', 'auto'], description: 'Turn on/off color output.' }),
  global({ name: 'no-sign-request', arity: 'none', description: 'Do not sign requests. Credentials will not be loaded.' }),
  global({ name: 'ca-bundle', arity: 'one', valueName: 'path', description: 'The CA certificate bundle to use when verifying SSL certificates.' }),
  global({
    name: 'cli-read-timeout',
    arity: 'one',
    valueName: 'seconds',
    description: 'The maximum socket read time in seconds (0: no limit). Default 60.',
  }),
  global({
    name: 'cli-connect-timeout',
    arity: 'one',
    valueName: 'seconds',
    description: 'The maximum socket connect time in seconds (0: no limit). Default 60.',
  }),
  global({
    name: 'cli-binary-format',
    arity: 'one',
    valueName: 'format',
    choices: ['base64', 'raw-in-base64-out'],
    description: 'The formatting style to be used for binary blobs.',
  }),
  global({ name: 'no-cli-pager', arity: 'none', description: 'Accepted for compatibility; output is never paged.' }),
  global({ name: 'cli-auto-prompt', arity: 'none', negatable: true, description: 'Accepted for compatibility; prompting is not supported.' }),
];
