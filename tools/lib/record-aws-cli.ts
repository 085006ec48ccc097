/** Runs the AWS CLI v1 (`aws`) on an example against a loopback recorder and keeps what it sent. */
import { spawn } from 'node:child_process';
import { startRecorder } from '../../harness/recorder.js';
import type { AwsCliRecording } from '../../harness/seeds/seed-fixture.js';

/** Fake credentials and no shared configuration: the recording must not depend on this machine. */
export function awsCliEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_ACCESS_KEY_ID: 'x',
    AWS_SECRET_ACCESS_KEY: 'y',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_MAX_ATTEMPTS: '1',
  };
}

export async function recordAwsCli(argv: string[]): Promise<AwsCliRecording> {
  const recorder = await startRecorder();
  try {
    const { code, stderr } = await run('aws', ['cognito-idp', ...argv, '--endpoint-url', recorder.endpoint]);
    const requests = recorder.requests.map((request) => ({ target: String(request.headers['x-amz-target']), body: JSON.parse(request.body || 'null') }));
    const recording: AwsCliRecording = { exitCode: code, requests };
    if (code !== 0) recording.stderr = stderr.trim().split('\n').at(-1);
    return recording;
  } finally {
    await recorder.stop();
  }
}

function run(command: string, args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: awsCliEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}
