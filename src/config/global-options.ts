/** The options every command takes, with the AWS CLI's names. */
export interface GlobalOptions {
  debug: boolean;
  endpointUrl?: string;
  verifySsl: boolean;
  paginate: boolean;
  output?: string;
  query?: string;
  profile?: string;
  region?: string;
  color: string;
  signRequest: boolean;
  caBundle?: string;
  cliReadTimeout?: string;
  cliConnectTimeout?: string;
  cliBinaryFormat?: string;
  cliPager: boolean;
  cliAutoPrompt: boolean;
}

export interface GlobalOptionSpec {
  flags: string;
  description: string;
  choices?: string[];
}

export const globalOptionSpecs: GlobalOptionSpec[] = [
  { flags: '--debug', description: 'Turn on debug logging (secrets redacted).' },
  { flags: '--endpoint-url <url>', description: "Override the command's default URL with the given URL." },
  { flags: '--no-verify-ssl', description: 'Do not verify SSL certificates.' },
  { flags: '--no-paginate', description: 'Disable automatic pagination: make one call.' },
  { flags: '--output <format>', description: 'The formatting style for command output.', choices: ['json', 'text', 'table', 'yaml', 'yaml-stream', 'off'] },
  { flags: '--query <expression>', description: 'A JMESPath query to use in filtering the response data.' },
  { flags: '--profile <name>', description: 'Use a specific profile from your credential file.' },
  { flags: '--region <region>', description: 'The region to use. Overrides config/env settings.' },
  { flags: '--color <when>', description: 'Turn on/off color output.', choices: ['on', 'off', 'auto'] },
  { flags: '--no-sign-request', description: 'Do not sign requests. Credentials will not be loaded.' },
  { flags: '--ca-bundle <path>', description: 'The CA certificate bundle to use when verifying SSL certificates.' },
  { flags: '--cli-read-timeout <seconds>', description: 'The maximum socket read time in seconds (0: no limit). Default 60.' },
  { flags: '--cli-connect-timeout <seconds>', description: 'The maximum socket connect time in seconds (0: no limit). Default 60.' },
  { flags: '--cli-binary-format <format>', description: 'The formatting style to be used for binary blobs.', choices: ['base64', 'raw-in-base64-out'] },
  { flags: '--no-cli-pager', description: 'Accepted for compatibility; output is never paged.' },
  { flags: '--cli-auto-prompt', description: 'Accepted for compatibility; prompting is not supported.' },
  { flags: '--no-cli-auto-prompt', description: 'Accepted for compatibility.' },
];

export const defaultGlobalOptions: GlobalOptions = {
  debug: false,
  verifySsl: true,
  paginate: true,
  color: 'auto',
  signRequest: true,
  cliPager: true,
  cliAutoPrompt: false,
};
