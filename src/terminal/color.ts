/**
 * Whether to write colour and styles: `--color on|off` as given; `auto` (and help pages) only on
 * a terminal, and never when NO_COLOR is set to a value that is not empty (https://no-color.org).
 */
import type { Io } from '../io.js';

export function useColor(color: string, io: Pick<Io, 'stdout' | 'env'>): boolean {
  if (color === 'on') return true;
  if (color === 'off') return false;
  return Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
}
