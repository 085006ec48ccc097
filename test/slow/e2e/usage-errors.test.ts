/** Refused command lines through the built bin/cognito-idp print what the AWS CLI v1 prints (in-process: test/cli/usage-errors.test.ts). */
import { describe, test } from 'node:test';
import { runBin } from '../../support/run-cli.js';
import { assertSameError, fixture } from '../../cli/support/usage-errors.js';

describe('refused command lines, as the AWS CLI words them', () => {
  test('bin/cognito-idp prints the same', async () => {
    for (const recorded of fixture.cases) {
      const result = await runBin([...recorded.args, ...fixture.endpoint]);
      try {
        assertSameError(result, recorded);
      } catch (error) {
        (error as Error).message = `${recorded.name}: ${(error as Error).message}`;
        throw error;
      }
    }
  });
});
