/** The Io of a run as a process: its standard streams, environment and Ctrl-C. */
import type { Io } from '../io.js';

export function processIo(signal?: AbortSignal): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, signal };
}
