/** Where a run reads its environment and writes its output; tests pass their own. */
import type { TerminalInput } from './terminal/prompt.js';

export type Environment = Record<string, string | undefined>;

export interface OutputStream {
  /** Text, or UTF-8 bytes of whole characters. */
  write(chunk: string | Uint8Array): unknown;
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
