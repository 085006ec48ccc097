// Starting the endpoints the bench calls: the canned recorder and moto seeded with users.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export async function startRecorder() {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./recorder.mjs', import.meta.url))], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk) => resolve(Number(String(chunk).trim())));
    child.once('exit', () => reject(new Error('the bench recorder exited')));
  });
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => stop(child) };
}

export async function startMoto() {
  const port = await freePort();
  const child = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('moto exited: is it installed (python3 -m moto.server)?');
    try {
      await fetch(`${endpoint}/moto-api/`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error('moto did not answer within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { endpoint, stop: () => stop(child) };
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

function stop(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}
