/**
 * A progress line on stderr while a listing takes more than one page, for people watching a
 * terminal. It shows only while a page is on its way and is erased before the page is printed,
 * so it never mixes with output. Nothing at all when stderr is not a TTY (pipes, files, CI logs).
 */
import type { OutputStream } from '../io.js';
import type { PageObserver } from './paginate.js';

const CLEAR_LINE = '\r\x1b[K';

export function progressLine(stderr: OutputStream): PageObserver | undefined {
  if (!stderr.isTTY) return undefined;
  let shown = false;
  const clear = () => {
    if (shown) stderr.write(CLEAR_LINE);
    shown = false;
  };
  return {
    fetching(page, itemsSoFar) {
      if (page < 2) return;
      stderr.write(`${CLEAR_LINE}Fetching page ${page} (${itemsSoFar} items so far)...`);
      shown = true;
    },
    fetched: clear,
    done: clear,
  };
}
