// Starting the endpoints the bench calls: the canned recorder and moto seeded with users.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startLocalEmulator } from '../lib/local-emulator.mjs';

export async function startRecorder() {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./recorder.mjs', import.meta.url))], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk) => resolve(Number(String(chunk).trim())));
    child.once('exit', () => reject(new Error('the bench recorder exited')));
  });
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => stop(child) };
}

export function startMoto() {
  return startLocalEmulator('moto');
}

/** One Cognito call straight to moto (which does not check signatures), for seeding. */
export async function callMoto(endpoint, operation, input) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
      authorization: 'AWS4-HMAC-SHA256 Credential=bench/20240101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: JSON.stringify(input),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${operation}: ${response.status} ${text}`);
  return JSON.parse(text);
}

/** Creates a pool holding `count` users, `concurrency` requests at a time. */
export async function seedUsers(endpoint, count, concurrency = 8) {
  const { UserPool } = await callMoto(endpoint, 'CreateUserPool', { PoolName: 'bench' });
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      await callMoto(endpoint, 'AdminCreateUser', {
        UserPoolId: UserPool.Id,
        Username: `user-${String(i).padStart(5, '0')}`,
        UserAttributes: [{ Name: 'email', Value: `user-${i}@example.com` }],
        MessageAction: 'SUPPRESS',
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return UserPool.Id;
}

function stop(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}
