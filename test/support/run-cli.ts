/** Runs the CLI in-process (main) or as a process (bin/cognito-idp), capturing what it prints. */
import { main } from '../../src/cli/main.js';
import type { Environment } from '../../src/io.js';
import { runBin, testEnv, type CliResult } from '../../harness/processes.js';

export { binPath, runBin, runProcess, testEnv, type CliResult } from '../../harness/processes.js';

export async function runCli(args: string[], env: Environment = testEnv()): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    env,
  });
  return { code, stdout, stderr };
}

export type RunCli = (args: string[], env?: Environment) => Promise<CliResult>;

/** Both ways a test runs the CLI: main() in this process, and the built bin as users run it. */
export const runners: Array<[string, RunCli]> = [
  ['in-process', runCli],
  ['bin', (args, env) => runBin(args, env)],
];
