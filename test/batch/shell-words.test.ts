/** Shell-style splitting of batch lines, checked against what bash itself makes of each line. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { ParameterError } from '../../src/errors.js';
import { splitShellWords } from '../../src/batch/shell-words.js';

const cases: Array<[string, string[]]> = [
  ['', []],
  ['   \t ', []],
  ['# a comment', []],
  ['  # indented comment', []],
  ['list-users --user-pool-id p', ['list-users', '--user-pool-id', 'p']],
  ["admin-create-user --username 'Ann Lee' --x \"a \\\"b\\\" c\"", ['admin-create-user', '--username', 'Ann Lee', '--x', 'a "b" c']],
  ['a  b\tc', ['a', 'b', 'c']],
  ['Value=foo#bar # trailing comment', ['Value=foo#bar']],
  ["'#not a comment' \"#\" \\#", ['#not a comment', '#', '#']],
  ["it''s \"\"x '' \"\"", ['its', 'x', '', '']],
  ['a\\ b c\\\\d', ['a b', 'c\\d']],
  ["'single \\n keeps backslash'", ['single \\n keeps backslash']],
  ['"double \\n keeps \\\\ and \\$ \\` \\""', ['double \\n keeps \\ and $ ` "']],
  ['$HOME "$HOME" ~ * | > ; &&', ['$HOME', '$HOME', '~', '*', '|', '>', ';', '&&']],
  ['Name=email,Value="a@b.c" Name=name,Value=\'Zoë Ü\'', ['Name=email,Value=a@b.c', 'Name=name,Value=Zoë Ü']],
  ['--user-attributes \'[{"Name": "email", "Value": "x@y"}]\'', ['--user-attributes', '[{"Name": "email", "Value": "x@y"}]']],
  ['trailing\\', ['trailing']],
  ['x\r', ['x']],
];

describe('splitting a line into words', () => {
  for (const [line, words] of cases) {
    test(JSON.stringify(line), () => assert.deepEqual(splitShellWords(line), words));
  }

  test('an unterminated quote is a parameter error naming the column', () => {
    assert.throws(() => splitShellWords("a 'b"), (error: Error) => error instanceof ParameterError && /unterminated quote \(\'\) at column 3/.test(error.message));
    assert.throws(() => splitShellWords('a "b\\"'), /unterminated quote \(\"\) at column 3/);
  });

  // bash agrees on every case that is not about expansions or operators (which batch leaves literal).
  const bashCases = cases.filter(([line]) => !/[$~*|>;&]|\\$|\r/.test(line));
  test('bash splits the same lines the same way', { skip: spawnSync('bash', ['-c', 'true']).status !== 0 && 'bash is not installed' }, () => {
    for (const [line, words] of bashCases) {
      const bash = spawnSync('bash', ['-c', `for w in ${line}\ndo printf '%s\\0' "$w"; done`], { encoding: 'utf8', env: {} });
      assert.equal(bash.status, 0, bash.stderr);
      assert.deepEqual(bash.stdout.split('\0').slice(0, -1), words, line);
    }
  });
});
