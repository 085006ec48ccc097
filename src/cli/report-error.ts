/** The one place errors become a message on stderr and an exit code. */
import { CliError, ExitCode, InterruptedError, ParameterError } from '../errors.js';
import type { OutputStream } from './io.js';

export function reportError(error: unknown, stderr: OutputStream, debug: boolean): number {
  if (error instanceof InterruptedError) {
    stderr.write('\n');
    return error.exitCode;
  }
  if (error instanceof ParameterError && isUsageError(error.message)) {
    stderr.write(`cognito-idp: error: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof CliError) {
    stderr.write(`${error.message}\n`);
    if (debug && error.stack) stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(`${message.split('\n')[0] || 'Unknown error'}\n`);
  if (debug && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
  return ExitCode.other;
}

/** argparse-style complaints about the command line itself get the program name in front. */
function isUsageError(message: string): boolean {
  return /^(the following arguments are required|argument |Unknown options|ambiguous option|unknown option)/.test(message);
}
