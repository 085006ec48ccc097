/** Faults only a real process meets: Ctrl-C and a reader that closes the pipe early. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { answerJson, startRecorder, type Recorder } from '../../support/recorder.js';
import { binPath, testEnv } from '../../support/run-cli.js';

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

describe('the process', () => {
  let recorder: Recorder;
  before(async () => (recorder = await startRecorder()));
  after(() => recorder.stop());

  /** Runs list-users, sends SIGINT once `waiting` settles: exit 130, nothing on stdout, no stack. */
  async function interruptListUsersOnceWaiting(waiting: Promise<void>): Promise<void> {
    const child = spawn(process.execPath, [binPath, 'list-users', '--user-pool-id', 'us-east-1_a', '--endpoint-url', recorder.endpoint], {
      env: testEnv() as NodeJS.ProcessEnv,
    });
    const done = collect(child);
    await waiting;
    child.kill('SIGINT');
    const result = await done;
    assert.equal(result.code, 130);
    assert.equal(result.stdout, '');
    assert.doesNotMatch(result.stderr, /Error|at /);
  }

  test('Ctrl-C while a call is in flight exits 130 with nothing on stdout', async () => {
    // Every request hangs, so the interrupt lands while the CLI waits for the service.
    let arrived!: () => void;
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
    recorder.respondWith(() => arrived());
    await interruptListUsersOnceWaiting(requestArrived);
  });

  test('Ctrl-C while paging (page 1 answered, page 2 hangs) exits 130 with nothing on stdout', async () => {
    let secondPage!: () => void;
    const secondPageArrived = new Promise<void>((resolve) => (secondPage = resolve));
    recorder.respondWith((request, response) => {
      if (JSON.parse(request.body).PaginationToken) return secondPage();
      answerJson({ Users: [{ Username: 'page-one-user', Enabled: true }], PaginationToken: 'next' })(request, response);
    });
    await interruptListUsersOnceWaiting(secondPageArrived);
  });

  test('a reader that closes the pipe early ends the run quietly', async () => {
    const users = Array.from({ length: 3000 }, (_, i) => ({ Username: `user-${i}`, Enabled: true, UserStatus: 'CONFIRMED' }));
    recorder.respondWith(answerJson({ Users: users }));
    const child = spawn(process.execPath, [binPath, 'list-users', '--user-pool-id', 'us-east-1_a', '--endpoint-url', recorder.endpoint], {
      env: testEnv() as NodeJS.ProcessEnv,
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Like `| head -c 10`: read one chunk, then close our end.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (exitCode) => resolve(exitCode)));
    assert.equal(code, 0);
    assert.equal(stderr, '');
  });
});

function collect(child: ReturnType<typeof spawn>): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}
