/** The one place errors become a message on stderr and an exit code. */
import { CliError, ExitCode, InterruptedError, ParameterError, UnknownOptionsError, UsageError } from '../errors.js';
import type { OutputStream } from '../io.js';

/** The AWS CLI's usage lines, with this program's name and its one level of commands. */
const usageLines = `usage: cognito-idp [options] <operation> [parameters]
To see help text, you can run:

  cognito-idp help
  cognito-idp <operation> help
`;

export function reportError(error: unknown, stderr: OutputStream, debug: boolean): number {
  if (error instanceof InterruptedError) {
    stderr.write('\n');
    return error.exitCode;
  }
  // As the AWS CLI prints them: argparse's complaints after the usage lines and the program's
  // name; left-over words after the usage lines and a blank line.
  if (error instanceof UnknownOptionsError) {
    stderr.write(`${usageLines}\n${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof UsageError) {
    stderr.write(`${usageLines}cognito-idp: error: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof CliError) {
    stderr.write(`${error instanceof ParameterError && error.precededByBlankLine ? '\n' : ''}${error.message}\n`);
    if (debug && error.stack) stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(`${message.split('\n')[0] || 'Unknown error'}\n`);
  if (debug && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
  return ExitCode.other;
}
