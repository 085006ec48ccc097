// Records what the AWS CLI v1 (`aws` on PATH) prints for the output scenario
// (harness/output-scenario.ts) in json, text and table, each against fresh moto state, together with
// the raw response moto sent for every step. Run: npx tsx tools/record-output-fixtures.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { formats, runScenario, type Runner, type StepOutcome } from '../harness/output-scenario.js';
import { startRecordingProxy } from '../harness/recording-proxy.js';
import { startMoto } from '../harness/emulators.js';
import { runProcess, testEnv } from '../harness/processes.js';

const fixturePath = 'test/fixtures/output/scenario.json';

const env = testEnv({ HOME: '/nonexistent', TZ: 'UTC' });

const aws: Runner = (args) => runProcess('aws', ['cognito-idp', ...args], env);

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
  const { stdout, stderr } = await runProcess('aws', ['--version'], env);
  return (stdout + stderr).trim();
}
