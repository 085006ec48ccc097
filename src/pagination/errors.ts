import { CliError, ExitCode } from '../errors.js';

/** botocore's PaginationError; the AWS CLI reports it as an unexpected error (exit 255). */
export class PaginationError extends CliError {
  readonly exitCode = ExitCode.other;
  constructor(reason: string) {
    super(`Error during pagination: ${reason}`);
  }
}
