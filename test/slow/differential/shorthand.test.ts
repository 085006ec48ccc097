/**
 * Optional: random command lines through the installed AWS CLI v1 and through cognito-idp; the
 * requests must match (or both refuse). Skipped when `aws` is not installed. The full measurement is
 * tools/shorthand-diff/run.ts.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { test } from 'node:test';
import { startAws, type Outcome } from '../../../harness/shorthand-oracle/aws-oracle.js';
import { caseFiles, CaseGenerator, seededRandom, type Case } from '../../../harness/shorthand-oracle/cases.js';
import { startRecorder } from '../../support/recorder.js';
import { runCli } from '../../support/run-cli.js';

const awsInstalled =
  spawnSync('aws', ['--version'], { stdio: 'ignore' }).status === 0 &&
  spawnSync('python3', ['-c', 'import awscli'], { stdio: 'ignore' }).status === 0;

test('requests match the AWS CLI v1 on random command lines', { skip: awsInstalled ? false : 'aws is not installed' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aws-differential-'));
  const oracle = startAws();
  // One fixed set of cases, so that a run is repeatable; SHORTHAND_SEED draws others (tools/shorthand-diff/run.ts draws thousands).
  const seed = Number(process.env.SHORTHAND_SEED ?? 2611);
  const generator = new CaseGenerator(seededRandom(seed), caseFiles(dir), await oracle.model);
  const cases: Case[] = [];
  for (let id = 0; id < 100; id++) cases.push(await generator.generate(id));
  const theirs = await oracle.run(cases);
  const recorder = await startRecorder();
  const disagreements: string[] = [];
  try {
    for (const testCase of cases) {
      recorder.requests.length = 0;
      await runCli([...testCase.args, '--endpoint-url', recorder.endpoint]);
      const ours = recorder.requests.map((r) => JSON.parse(r.body) as unknown);
      const aws = theirs.get(testCase.id) as Outcome;
      const same = ours.length === aws.bodies.length && (ours.length === 0 || isDeepStrictEqual(ours[0], parse(aws.bodies[0])));
      if (!same) disagreements.push(`${JSON.stringify(testCase.args)}\n  aws: ${aws.bodies[0] ?? 'refused'}\n  ours: ${JSON.stringify(ours[0]) ?? 'refused'}`);
    }
  } finally {
    await recorder.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  // The AWS CLI's model can lag the SDK's by a nested member or two; allow one case in a hundred.
  assert.ok(disagreements.length <= 1, `seed ${seed}:\n${disagreements.join('\n')}`);
});

function parse(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}
