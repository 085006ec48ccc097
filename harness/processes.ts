/** Runs the built bin/cognito-idp, or any program, as a process, with an environment that reaches only loopback. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Environment } from '../src/io.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** An environment with test credentials and a region, and no shared config from this machine. */
export function testEnv(extra: Environment = {}): Environment {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true',
    ...extra,
  };
}

export const binPath = fileURLToPath(new URL('../bin/cognito-idp', import.meta.url));

export function runBin(args: string[], env: Environment = testEnv(), stdin = ''): Promise<CliResult> {
  return runProcess(process.execPath, [binPath, ...args], env, stdin);
}

/** Runs a program to its end, capturing what it prints; `as` runs it as another user. */
export function runProcess(command: string, args: string[], env: Environment, stdin = '', as?: { uid: number; gid: number }): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: env as NodeJS.ProcessEnv, ...as });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
