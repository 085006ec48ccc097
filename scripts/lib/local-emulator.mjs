// A local Cognito emulator on a free loopback port: moto's server when `python3 -m moto.server`
// works here, otherwise cognito-local from node_modules. Nothing is downloaded.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function motoWorks() {
  return spawnSync('python3', ['-c', 'import moto.server'], { stdio: 'ignore' }).status === 0;
}

/** @param {'moto' | 'cognito-local' | undefined} preferred */
export async function startLocalEmulator(preferred) {
  const name = preferred ?? (motoWorks() ? 'moto' : 'cognito-local');
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  let child;
  let dataDir;
  if (name === 'moto') {
    child = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
      stdio: 'ignore',
      env: { ...process.env, MOTO_ALLOW_NONEXISTENT_REGION: 'true' },
    });
  } else {
    const require = createRequire(import.meta.url);
    const start = join(dirname(require.resolve('cognito-local/package.json')), 'lib', 'bin', 'start.js');
    dataDir = mkdtempSync(join(tmpdir(), 'cognito-local-demo-'));
    child = spawn(process.execPath, [start], {
      cwd: dataDir,
      stdio: 'ignore',
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DEBUG: '' },
    });
  }
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHttp(name === 'moto' ? `${endpoint}/moto-api/` : endpoint, 30_000, () => child.exitCode === null);
  } catch (error) {
    await stop();
    throw error;
  }
  return { name, endpoint, stop };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, timeoutMs, isAlive) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`the emulator exited before answering at ${url}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`the emulator did not answer at ${url} within ${timeoutMs / 1000} s`);
}
