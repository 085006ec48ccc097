/** The AWS CLI's suggestions for a mistyped name: difflib's close matches, worded as argparse's Invalid choice. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closeMatches, ratio } from '../../src/cli/close-matches.js';
import { invalidChoice } from '../../src/cli/suggest.js';
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

// Values from CPython: difflib.SequenceMatcher(None, a, b).ratio() and difflib.get_close_matches(word, choices).
test('ratio is SequenceMatcher.ratio', () => {
  const cases: [string, string, number][] = [
    ['abcd', 'bcde', 0.75],
    ['admin-get-user', 'admin-get-usr', 0.9629629629629629],
    ['describe-user-pool-client', 'describe-userpool', 0.8095238095238095],
    ['', '', 1],
    ['qabxcd', 'abycdf', 0.6666666666666666],
    // From 200 characters on, characters that make up more than 1% of b are left out (autojunk).
    ['a'.repeat(210), `${'x'.repeat(10)}${'a'.repeat(200)}`, 0],
  ];
  for (const [a, b, expected] of cases) assert.equal(ratio([...a], [...b]), expected, `${a} / ${b}`);
});

test('close matches: the best three at 0.8 or more, ties the later name first', () => {
  assert.deepEqual(closeMatches('appel', ['ape', 'apple', 'peach', 'puppy']), ['apple']);
  assert.deepEqual(closeMatches('of', ['on', 'off', 'auto']), ['off']);
  assert.deepEqual(closeMatches('ab', ['ax', 'ay', 'az', 'aw']), []);
  assert.deepEqual(closeMatches('abcd', ['abce', 'abcf']), []);
  assert.deepEqual(closeMatches('abcde', ['abcdx', 'abcdz', 'abcdw', 'abcdy']), ['abcdz', 'abcdy', 'abcdx']);
});

test('Invalid choice lists the choices two to a line and the close ones', () => {
  assert.equal(
    invalidChoice('jsn', ['json', 'text', 'table']),
    `Invalid choice, valid choices are:\n\n${'json'.padEnd(40)} | ${'text'.padEnd(40)}\n${'table'.padEnd(40)}\n\n\nInvalid choice: 'jsn', maybe you meant:\n\n  * json`,
  );
  assert.equal(invalidChoice('zz', ['on']), `Invalid choice, valid choices are:\n\n${'on'.padEnd(40)}`);
});
