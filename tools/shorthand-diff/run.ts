/**
 * Differential measurement of parameter handling: random command lines over every operation are run
 * through the AWS CLI v1 (`aws`) and through cognito-idp, each against a loopback recording endpoint;
 * a case agrees when both sent the same request body (parsed JSON, deep-equal) or both refused.
 *
 *   npx tsx tools/shorthand-diff/run.ts [--cases 2000] [--seed 1] [--bin 100] [--show 20]
 *
 * cognito-idp runs in-process through main() (what bin/cognito-idp calls); `--bin N` also spawns
 * bin/cognito-idp (build first: node scripts/build.mjs) for the first N cases and checks it agrees.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { main } from '../../src/cli/main.js';
import { startRecorder, type Recorder } from '../../harness/recorder.js';
import { runBin, testEnv } from '../../harness/processes.js';
import { startAws, type Outcome } from '../../harness/shorthand-oracle/aws-oracle.js';
import { caseFiles, CaseGenerator, seededRandom, type Case } from '../../harness/shorthand-oracle/cases.js';


const { values: options } = parseArgs({
  options: {
    cases: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    bin: { type: 'string', default: '0' },
    show: { type: 'string', default: '20' },
  },
});

const dir = mkdtempSync(join(tmpdir(), 'shorthand-diff-'));
const oracle = startAws();
// The AWS CLI's model may be older than the SDK's: cases use only operations and members both know.
const awsModel = await oracle.model;
const generator = new CaseGenerator(seededRandom(Number(options.seed)), caseFiles(dir), awsModel);
const cases: Case[] = [];
for (let id = 0; id < Number(options.cases); id++) cases.push(await generator.generate(id));
const awsOutcomes = await oracle.run(cases);
const recorder = await startRecorder();
const env = testEnv();
let agreed = 0;
let bothSent = 0;
let bothRefused = 0;
const disagreements: string[] = [];
for (const testCase of cases) {
  const ours = await runOurs(testCase, recorder, env);
  const theirs = awsOutcomes.get(testCase.id)!;
  if (sameOutcome(ours, theirs)) {
    agreed++;
    if (ours.bodies.length) bothSent++;
    else bothRefused++;
  } else {
    disagreements.push(describe(testCase, ours, theirs));
  }
}

let binChecked = 0;
let binAgreed = 0;
for (const testCase of cases.slice(0, Number(options.bin))) {
  recorder.requests.length = 0;
  const result = await runBin([...testCase.args, '--endpoint-url', recorder.endpoint], env);
  const viaBin = { code: result.code, bodies: recorder.requests.map((r) => r.body), stderr: result.stderr };
  binChecked++;
  if (sameOutcome(viaBin, awsOutcomes.get(testCase.id)!)) binAgreed++;
}
await recorder.stop();
rmSync(dir, { recursive: true, force: true });

for (const text of disagreements.slice(0, Number(options.show))) console.log(text);
const rate = (100 * agreed) / cases.length;
console.log(
  `cases: ${cases.length}  agree: ${agreed} (${rate.toFixed(2)}%)  both sent: ${bothSent}  both refused: ${bothRefused}  disagree: ${disagreements.length}`,
);
if (binChecked) console.log(`bin/cognito-idp: ${binAgreed} of ${binChecked} agree`);
process.exitCode = rate >= 99.5 ? 0 : 1;

async function runOurs(testCase: Case, recorder: Recorder, env: Record<string, string | undefined>): Promise<Outcome> {
  recorder.requests.length = 0;
  let stderr = '';
  const code = await main([...testCase.args, '--endpoint-url', recorder.endpoint], {
    stdout: { write: () => true },
    stderr: { write: (chunk: string) => ((stderr += chunk), true) },
    env,
  });
  return { code, bodies: recorder.requests.map((r) => r.body), stderr };
}

function sameOutcome(ours: Outcome, theirs: Outcome): boolean {
  if (ours.bodies.length === 0 || theirs.bodies.length === 0) return ours.bodies.length === theirs.bodies.length;
  return isDeepStrictEqual(parsed(ours.bodies[0]), parsed(theirs.bodies[0]));
}

function parsed(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

function describe(testCase: Case, ours: Outcome, theirs: Outcome): string {
  return [
    `#${testCase.id} ${JSON.stringify(testCase.args)}`,
    `  aws:  ${theirs.code} ${theirs.bodies[0] ?? '(nothing sent)'} ${theirs.bodies.length ? '' : theirs.stderr.trim().split('\n').slice(-2).join(' | ')}`,
    `  ours: ${ours.code} ${ours.bodies[0] ?? '(nothing sent)'} ${ours.bodies.length ? '' : ours.stderr.trim().split('\n').slice(-2).join(' | ')}`,
  ].join('\n');
}
