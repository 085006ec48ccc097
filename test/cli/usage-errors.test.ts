/**
 * Refused command lines print what the AWS CLI v1 prints (test/fixtures/usage-errors.json,
 * recorded from `aws` by tools/record-usage-errors.ts), adapted to this program: its name and
 * usage lines, its exit code (252, the v2 scheme), and its own lists of operations and output
 * formats where `Invalid choice` lists them. In-process here; as the built bin/cognito-idp in
 * test/slow/e2e/usage-errors.test.ts.
 */
import { describe, test } from 'node:test';
import { runCli } from '../support/run-cli.js';
import { assertSameError, fixture } from './support/usage-errors.js';

describe('refused command lines, as the AWS CLI words them', () => {
  for (const recorded of fixture.cases) {
    test(recorded.name, async () => {
      assertSameError(await runCli([...recorded.args, ...fixture.endpoint]), recorded);
    });
  }
});
