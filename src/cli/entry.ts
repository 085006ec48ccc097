/** The process entry point: runs main() with the real streams and turns Ctrl-C into exit 130. */
import { setMaxListeners } from 'node:events';
import { main } from './main.js';
import { processIo } from './process-io.js';

export { serviceAnswered } from '../client/invoke.js';

export async function run(argv: string[]): Promise<number> {
  const controller = new AbortController();
  // Every call in flight listens to it: the bulk commands have as many as their --concurrency.
  setMaxListeners(0, controller.signal);
  process.once('SIGINT', () => controller.abort());
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A reader that went away (`| head -1`) ends the run quietly.
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return main(argv, processIo(controller.signal));
}
