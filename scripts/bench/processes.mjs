// Starting the endpoint the bench calls: the recorder that answers at once, in its own process.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export async function startRecorder() {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./recorder.mjs', import.meta.url))], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk) => resolve(Number(String(chunk).trim())));
    child.once('exit', () => reject(new Error('the bench recorder exited')));
  });
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => stop(child) };
}

function stop(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}
