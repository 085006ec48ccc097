/** The AWS CLI's suggestions for a mistyped name: difflib's close matches, worded as argparse's Invalid choice. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { invalidChoice } from '../../src/arguments/invalid-choice.js';
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
    assert.match(stderr, /\ncognito-idp: error: argument operation: Invalid choice, valid choices are:\n\n/);
    assert.match(stderr, new RegExp(`\\n\\n\\nInvalid choice: '${typo}', maybe you meant:\\n\\n {2}\\* ${meant}\\n`));
  });
}

test('Invalid choice lists the choices two to a line and the close ones', () => {
  assert.equal(
    invalidChoice('jsn', ['json', 'text', 'table']),
    `Invalid choice, valid choices are:\n\n${'json'.padEnd(40)} | ${'text'.padEnd(40)}\n${'table'.padEnd(40)}\n\n\nInvalid choice: 'jsn', maybe you meant:\n\n  * json`,
  );
  assert.equal(invalidChoice('zz', ['on']), `Invalid choice, valid choices are:\n\n${'on'.padEnd(40)}`);
});
