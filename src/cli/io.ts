/** Where a run reads its environment and writes its output; tests pass their own. */
import type { Environment } from '../config/settings.js';
import type { TerminalInput } from '../terminal/prompt.js';

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Environment;
  /** Where prompts read their answers, when it is a terminal. */
  stdin?: TerminalInput;
  /** Aborted on Ctrl-C. */
  signal?: AbortSignal;
}

export function processIo(signal?: AbortSignal): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, signal };
}
