import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closest, unknownOptions } from '../../src/cli/suggest.js';
import { runCli } from '../support/run-cli.js';

const typos: [string, string][] = [
  ['admin-creat-user', 'admin-create-user'],
  ['admin-create-usr', 'admin-create-user'],
  ['list-user', 'list-users'],
  ['describe-userpool', 'describe-user-pool'],
  ['initiate-ath', 'initiate-auth'],
];

for (const [typo, meant] of typos) {
  test(`${typo}: exit 252, suggests ${meant}`, async () => {
    const { code, stdout, stderr } = await runCli([typo, '--user-pool-id', 'p']);
    assert.equal(code, 252);
    assert.equal(stdout, '');
    assert.match(stderr, new RegExp(`^cognito-idp: error: argument operation: Invalid choice: '${typo}', maybe you meant:\\n\\n {2}\\* ${meant}\\n`));
  });
}

test('a mistyped option: exit 252, suggests the option', async () => {
  const { code, stderr } = await runCli(['admin-get-user', '--user-pool-id', 'p', '--usernme', 'u']);
  assert.equal(code, 252);
  assert.equal(stderr, 'cognito-idp: error: Unknown options: --usernme, u, maybe you meant:\n\n  * --username\n');
});

test('a mistyped global option is suggested too', () => {
  assert.deepEqual(closest('--endpoint-ur', ['--endpoint-url', '--user-pool-id'], 3), ['--endpoint-url']);
  assert.equal(unknownOptions(['--outptu'], ['--output', '--query']), 'Unknown options: --outptu, maybe you meant:\n\n  * --output');
});

test('nothing close: no suggestion', () => {
  assert.equal(unknownOptions(['--zzzzzzzzzz'], ['--output', '--query']), 'Unknown options: --zzzzzzzzzz');
});
