// Starting the endpoints the bench calls, each in its own process so that serving requests never
// competes with the bench's own timing.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The recorder that answers at once (recorder.mjs). */
export async function startRecorder() {
  const { line, stop } = await startServiceProcess([process.execPath, fileURLToPath(new URL('./recorder.mjs', import.meta.url))], 'the bench recorder');
  return { endpoint: `http://127.0.0.1:${Number(line)}`, stop };
}

/** Starts `argv` in the repository root; resolves with the first line it prints and how to stop it. */
export async function startServiceProcess(argv, name) {
  const child = spawn(argv[0], argv.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(text.slice(0, text.indexOf('\n')));
    });
    child.once('exit', () => reject(new Error(`${name} exited`)));
  });
  return { line, stop: () => stop(child) };
}

function stop(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}
