/** The built bin/cognito-idp replays the AWS CLI v2's recorded yaml and yaml-stream runs byte for byte (in-process: test/output/yaml-v2.test.ts). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runBin } from '../../support/run-cli.js';
import { cliCases, recordedCaseRunner } from '../../output/support/yaml-v2-cli.js';

describe('--output yaml and yaml-stream through the built program as the v2 program prints them', () => {
  const { serve, envFor, argsFor } = recordedCaseRunner();

  test('bin/cognito-idp prints every recorded case byte for byte', async () => {
    for (const item of cliCases) {
      serve(item);
      const result = await runBin(argsFor(item), envFor(item));
      assert.equal(result.stdout, item.stdout, `${item.name}, ${item.output}, ${item.timestampFormat}`);
      assert.equal(result.code, 0);
    }
  });
});
