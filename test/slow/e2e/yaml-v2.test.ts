/** The built bin/cognito-idp replays the AWS CLI v2's recorded yaml and yaml-stream runs byte for byte (in-process: test/output/yaml-v2.test.ts). */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startRecorder, type Recorder } from '../../support/recorder.js';
import { runBin, testEnv } from '../../support/run-cli.js';
import { cliCases, servePages, type CliCase } from '../../output/support/yaml-v2-cli.js';

describe('--output yaml and yaml-stream as the v2 program prints them', () => {
  let recorder: Recorder;
  let configDir: string;
  before(async () => {
    recorder = await startRecorder();
    configDir = mkdtempSync(join(tmpdir(), 'yaml-v2-'));
    for (const format of ['iso8601', 'wire']) {
      writeFileSync(join(configDir, format), `[default]\nregion = us-east-1\ncli_timestamp_format = ${format}\n`);
    }
  });
  after(() => recorder.stop());

  const envFor = (item: CliCase) => testEnv({ TZ: 'UTC', AWS_CONFIG_FILE: join(configDir, item.timestampFormat) });
  const argsFor = (item: CliCase) => [...item.args, '--output', item.output, '--endpoint-url', recorder.endpoint];

  test('bin/cognito-idp prints every recorded case byte for byte', async () => {
    for (const item of cliCases) {
      servePages(recorder, item.pages);
      const result = await runBin(argsFor(item), envFor(item));
      assert.equal(result.stdout, item.stdout, `${item.name}, ${item.output}, ${item.timestampFormat}`);
      assert.equal(result.code, 0);
    }
  });
});
