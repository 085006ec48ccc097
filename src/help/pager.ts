/**
 * Writes a help page: through $PAGER (default `less -R`) when it is longer than a terminal screen,
 * straight to the stream otherwise and always when the output is not a terminal.
 */
import { spawn } from 'node:child_process';
import type { Io } from '../io.js';

export function shouldPage(text: string, io: Io): boolean {
  if (!io.stdout.isTTY || io.env.PAGER === '') return false;
  const rows = (io.stdout as { rows?: number }).rows ?? 24;
  return text.split('\n').length > rows;
}

export async function writePage(text: string, io: Io): Promise<void> {
  if (!shouldPage(text, io) || !(await throughPager(text, io.env.PAGER || 'less -R', io))) io.stdout.write(text);
}

/** True when the pager showed the page; false when it could not be started. */
function throughPager(text: string, command: string, io: Io): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, {
      shell: true,
      stdio: ['pipe', 'inherit', 'inherit'],
      env: { ...io.env, LESS: io.env.LESS ?? 'FRX' } as NodeJS.ProcessEnv,
    });
    let started = false;
    child.on('spawn', () => (started = true));
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(started && code !== 127));
    child.stdin.on('error', () => {}); // the reader quit early (q in less)
    child.stdin.end(text);
  });
}

/** The width to wrap to: the terminal's, else $COLUMNS, else 80. */
export function pageWidth(io: Io): number {
  const columns = io.stdout.isTTY ? io.stdout.columns : Number(io.env.COLUMNS);
  return columns && columns >= 40 ? Math.min(columns, 160) - 1 : 79;
}
