/** Runs the AWS CLI v1 (`aws`) on an example against a loopback recorder and keeps what it sent. */
import { runProcess, testEnv } from '../../harness/processes.js';
import { startRecorder } from '../../harness/recorder.js';
import type { AwsCliRecording } from '../../harness/seeds/seed-fixture.js';

/** Fake credentials and no shared configuration: the recording must not depend on this machine. */
const awsCliEnv = testEnv({ AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'y', AWS_MAX_ATTEMPTS: '1' });

export async function recordAwsCli(argv: string[]): Promise<AwsCliRecording> {
  const recorder = await startRecorder();
  try {
    const { code, stderr } = await runProcess('aws', ['cognito-idp', ...argv, '--endpoint-url', recorder.endpoint], awsCliEnv);
    const requests = recorder.requests.map((request) => ({ target: String(request.headers['x-amz-target']), body: JSON.parse(request.body || 'null') }));
    const recording: AwsCliRecording = { exitCode: code, requests };
    if (code !== 0) recording.stderr = stderr.trim().split('\n').at(-1);
    return recording;
  } finally {
    await recorder.stop();
  }
}
