/**
 * Runs a program on a pseudo-terminal (util-linux script(1)) and answers its prompts as a user
 * would, typing each answer once its prompt has appeared. What the terminal showed (prompts,
 * echoed input and output, with CR LF line ends) comes back as stdout.
 */
import { spawn } from 'node:child_process';
import type { CliResult } from '../../support/run-cli.js';

const shellQuote = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;

export interface Answer {
  prompt: string;
  /** Typed when the prompt appears, followed by Enter. */
  type: string;
}

export function runOnTerminal(command: string[], env: Record<string, string>, answers: Answer[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', command.map(shellQuote).join(' '), '/dev/null'], {
      env: { ...env, SHELL: '/bin/sh' },
    });
    const pending = [...answers];
    let stdout = '';
    let stderr = '';
    let answeredUpTo = 0;
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const next = pending[0];
      const at = next ? stdout.indexOf(next.prompt, answeredUpTo) : -1;
      if (next && at >= 0) {
        pending.shift();
        answeredUpTo = at + next.prompt.length;
        child.stdin.write(`${next.type}\r`);
      }
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    // Input stays open until the program ends: script(1) hangs up on the program when it closes.
  });
}
