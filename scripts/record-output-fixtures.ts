// Records what the AWS CLI v1 (`aws` on PATH) prints for the output scenario
// (test/output/scenario.ts) in json, text and table, each against fresh moto state, together with
// the raw response moto sent for every step. Run: npx tsx scripts/record-output-fixtures.ts
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { formats, runScenario, type Runner, type StepOutcome } from '../test/output/scenario.js';
import { startRecordingProxy } from '../test/output/support/proxy.js';
import { startMoto } from '../test/support/emulators.js';

const fixturePath = 'test/fixtures/output/scenario.json';

const env = {
  PATH: process.env.PATH,
  HOME: '/nonexistent',
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  AWS_EC2_METADATA_DISABLED: 'true',
  TZ: 'UTC',
};

const aws: Runner = (args) =>
  new Promise((resolve, reject) => {
    const child = spawn('aws', ['cognito-idp', ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });

const moto = await startMoto();
const proxy = await startRecordingProxy(moto.endpoint);
try {
  const recorded: Record<string, StepOutcome[]> = {};
  for (const format of formats) {
    await moto.reset();
    recorded[format] = await runScenario(aws, proxy, format);
    const failed = recorded[format].filter((step) => step.code !== 0 && !step.name.endsWith('-missing'));
    if (failed.length) throw new Error(`aws failed: ${failed.map((s) => `${s.name}: ${s.stderr}`).join('\n')}`);
  }
  mkdirSync('test/fixtures/output', { recursive: true });
  writeFileSync(fixturePath, `${JSON.stringify({ recordedWith: await version(), ...recorded }, null, 1)}\n`);
  console.log(`wrote ${fixturePath}`);
} finally {
  await proxy.stop();
  await moto.stop();
}

async function version(): Promise<string> {
  const result = await new Promise<string>((resolve) => {
    const child = spawn('aws', ['--version'], { env });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('close', () => resolve(out.trim()));
  });
  return result;
}
