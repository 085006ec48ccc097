/**
 * The admin scenario (harness/output-scenario.ts) compared with what the AWS CLI v1 printed for it
 * (test/fixtures/output/scenario.json, recorded by tools/record-output-fixtures.ts):
 * byte for byte when replaying the very responses `aws` got, and with ids, dates and tokens masked
 * when run live against moto.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { requireMoto, startMoto, type Emulator } from '../support/emulators.js';
import { startRecorder, type Recorder, type Responder } from '../../support/recorder.js';
import { runCli } from '../../support/run-cli.js';
import { formats, resolveArgs, runScenario, scenario, type StepOutcome } from '../../../harness/output-scenario.js';
import { mask, maskTable } from '../../output/support/masks.js';
import { startRecordingProxy, type RecordedResponse, type RecordingProxy } from '../../../harness/recording-proxy.js';

const recorded = JSON.parse(readFileSync(new URL('../../fixtures/output/scenario.json', import.meta.url), 'utf8')) as Record<
  string,
  StepOutcome[]
>;

/** aws v1 exits 255 for service errors; the v2 scheme cloned here says 254. */
const expectedCode = (step: StepOutcome) => (step.code === 255 && step.stderr.includes('An error occurred (') ? 254 : step.code);

/** Answers with the very response aws got. */
const replay =
  (response: RecordedResponse): Responder =>
  (_request, res) => {
    res.writeHead(response.status, {
      'content-type': 'application/x-amz-json-1.1',
      ...(response.errorType ? { 'x-amzn-errortype': response.errorType } : {}),
    });
    res.end(response.body);
  };

const placeholders = { pool: 'us-east-1_Replay', web: 'webclientreplay', backend: 'backendclientreplay' };

describe('replaying the responses aws got, output is byte for byte what aws printed', () => {
  let recorder: Recorder;
  before(async () => (recorder = await startRecorder()));
  after(() => recorder.stop());

  for (const format of formats) {
    test(`--output ${format}: ${scenario.length} steps`, async () => {
      const steps = recorded[format];
      assert.equal(steps.length, scenario.length, 'fixtures are stale: run tools/record-output-fixtures.ts');
      for (const [i, step] of scenario.entries()) {
        const expected = steps[i];
        assert.equal(expected.name, step.name);
        recorder.respondWith(replay(expected.response!));
        const args = resolveArgs(step.args, placeholders);
        const result = await runCli([...args, '--output', format, '--endpoint-url', recorder.endpoint]);
        assert.equal(result.stdout, expected.stdout, `${step.name} (${format}) stdout`);
        assert.equal(result.stderr.trim(), expected.stderr.trim(), `${step.name} (${format}) stderr`);
        assert.equal(result.code, expectedCode(expected), `${step.name} (${format}) exit code`);
      }
    });
  }

  test('--output yaml holds what aws printed as json, step by step', async () => {
    for (const [i, step] of scenario.entries()) {
      const expected = recorded.json[i];
      recorder.respondWith(replay(expected.response!));
      const result = await runCli([...resolveArgs(step.args, placeholders), '--output', 'yaml', '--endpoint-url', recorder.endpoint]);
      const want = expected.stdout ? JSON.parse(expected.stdout) : undefined;
      assert.deepEqual(result.stdout ? parseYaml(result.stdout) : undefined, want, `${step.name} (yaml)`);
    }
  });
});

describe('live against moto, output matches aws with ids, dates and tokens masked', { skip: !requireMoto() }, () => {
  let moto: Emulator;
  let proxy: RecordingProxy;
  before(async () => {
    moto = await startMoto();
    proxy = await startRecordingProxy(moto.endpoint);
  });
  after(async () => {
    await proxy?.stop();
    await moto?.stop();
  });

  for (const format of formats) {
    test(`--output ${format}`, async () => {
      await moto.reset();
      const outcomes = await runScenario((args) => runCli(args), proxy, format);
      const normalize = format === 'table' ? maskTable : mask;
      for (const [i, outcome] of outcomes.entries()) {
        const expected = recorded[format][i];
        assert.equal(normalize(outcome.stdout), normalize(expected.stdout), `${outcome.name} (${format}) stdout`);
        assert.equal(mask(outcome.stderr.trim()), mask(expected.stderr.trim()), `${outcome.name} (${format}) stderr`);
        assert.equal(outcome.code, expectedCode(expected), `${outcome.name} (${format}) exit code`);
      }
    });
  }
});
