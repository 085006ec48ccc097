/**
 * Typed errors, thrown where they arise and turned into a message and an exit code in one place
 * (src/cli/report-error.ts). Exit codes follow the AWS CLI v2.
 */
export const ExitCode = {
  ok: 0,
  interrupted: 130,
  parameter: 252,
  configuration: 253,
  service: 254,
  other: 255,
} as const;

export abstract class CliError extends Error {
  abstract readonly exitCode: number;
}

/** Invalid syntax or parameter value; nothing was sent. */
export class ParameterError extends CliError {
  readonly exitCode = ExitCode.parameter;
  /** The AWS CLI writes a blank line before the message of a refused parameter. */
  readonly precededByBlankLine: boolean = true;
}

/** Input an added command needs and could not get (no terminal to ask on, not a token): one line. */
export class InputError extends ParameterError {
  override readonly precededByBlankLine = false;
}

/**
 * A command line the AWS CLI's argument parser (argparse) refuses: a missing or extra option
 * value, a missing required option, an invalid choice. Printed after the usage lines.
 */
export class UsageError extends ParameterError {}

/** Words left over after the command line was read, which the AWS CLI lists as unknown options. */
export class UnknownOptionsError extends UsageError {
  constructor(readonly words: readonly string[]) {
    super(`Unknown options: ${words.join(', ')}`);
  }
}

/** Missing or invalid configuration: region, profile, credentials. */
export class ConfigurationError extends CliError {
  readonly exitCode = ExitCode.configuration;
}

/** The service answered with an error. */
export class ServiceError extends CliError {
  readonly exitCode = ExitCode.service;
  constructor(
    readonly code: string,
    readonly operation: string,
    readonly serviceMessage: string,
    /** How many times the request was retried before this answer, when it was. */
    readonly retries?: number,
  ) {
    const retried = retries ? ` (reached max retries: ${retries})` : '';
    super(`An error occurred (${code}) when calling the ${operation} operation${retried}: ${serviceMessage}`);
  }
}

/** Anything else: connection failures, timeouts, unreadable responses. */
export class ConnectionError extends CliError {
  readonly exitCode = ExitCode.other;
}

export class InterruptedError extends CliError {
  readonly exitCode = ExitCode.interrupted;
  constructor() {
    super('');
  }
}
