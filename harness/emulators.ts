/**
 * Real Cognito endpoints on a free loopback port, started by the tests, tools and demo that use
 * them: moto's server (python3 -m moto.server) and cognito-local (a devDependency). Nothing is
 * downloaded.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freePort, waitForHttp } from './ports.js';

export interface Emulator {
  name: 'moto' | 'cognito-local';
  endpoint: string;
  /** Forgets every pool, user and client. */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

let motoChecked: boolean | undefined;

/** Whether `python3 -m moto.server` can run here. */
export function motoAvailable(): boolean {
  motoChecked ??= spawnSync('python3', ['-c', 'import moto.server'], { stdio: 'ignore' }).status === 0;
  return motoChecked;
}

/**
 * Explains a missing moto in one line (and fails under CI, where moto must be there).
 * Returns true when moto tests can run.
 */
export function requireMoto(): boolean {
  if (motoAvailable()) return true;
  if (process.env.CI) throw new Error('moto is not installed (python3 -m moto.server); CI needs it');
  console.log('# moto is not installed: moto tests skipped, endpoint tests run against cognito-local alone');
  return false;
}

export async function startMoto(): Promise<Emulator> {
  const port = await freePort();
  const child = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
    stdio: 'ignore',
    env: { ...process.env, MOTO_ALLOW_NONEXISTENT_REGION: 'true' },
  });
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${endpoint}/moto-api/`, 30_000, () => child.exitCode === null);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return {
    name: 'moto',
    endpoint,
    reset: async () => void (await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' })),
    stop: () => stopChild(child),
  };
}

export async function startCognitoLocal(): Promise<Emulator> {
  const port = await freePort();
  const require = createRequire(import.meta.url);
  const start = join(dirname(require.resolve('cognito-local/package.json')), 'lib', 'bin', 'start.js');
  let dataDir = mkdtempSync(join(tmpdir(), 'cognito-local-'));
  let child: ChildProcess;
  const endpoint = `http://127.0.0.1:${port}`;
  const launch = async () => {
    child = spawn(process.execPath, [start], {
      cwd: dataDir,
      stdio: 'ignore',
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DEBUG: '' },
    });
    await waitForHttp(endpoint, 30_000, () => child.exitCode === null);
  };
  try {
    await launch();
  } catch (error) {
    await stopChild(child!);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    name: 'cognito-local',
    endpoint,
    reset: async () => {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
      dataDir = mkdtempSync(join(tmpdir(), 'cognito-local-'));
      await launch();
    },
    stop: async () => {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The emulator asked for, else moto where it can run here, else cognito-local. */
export function startLocalEmulator(preferred?: Emulator['name']): Promise<Emulator> {
  const name = preferred ?? (motoAvailable() ? 'moto' : 'cognito-local');
  return name === 'moto' ? startMoto() : startCognitoLocal();
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
