/** Where a run reads its environment and writes its output; tests pass their own. */
import type { Environment } from '../config/settings.js';

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
  /** Aborted on Ctrl-C. */
  signal?: AbortSignal;
}

export function processIo(signal?: AbortSignal): Io {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, signal };
}
