import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MISSING_DOCS_NOTE } from '../../../src/docs/load-docs.js';
import { runBin } from '../../support/run-cli.js';

test('the built program finds its documentation next to its code', async () => {
  const { code, stdout, stderr } = await runBin(['admin-create-user', 'help']);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^NAME\n {4}admin-create-user - Creates a new user in the specified user pool\.\n/);
  assert.ok(!stdout.includes(MISSING_DOCS_NOTE));
});

test('the built program prints completion scripts', async () => {
  const { code, stdout } = await runBin(['completion', 'bash']);
  assert.equal(code, 0);
  assert.match(stdout, /complete -o default -F _cognito_idp cognito-idp\n$/);
});
