/** The committed fixture is what the extraction gives from the seed documents (when they are here). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { shellWords, unglueOption } from '../../harness/seeds/extract-examples.js';
import { readFixture, seedExamplesFromDirectory, seedsAvailable } from '../../harness/seeds/seed-fixture.js';

describe('seed example extraction', () => {
  test('the fixture equals a fresh extraction from ../shared/seeds', { skip: !seedsAvailable() && 'the seed documents are not beside the repository' }, async () => {
    const fresh = await seedExamplesFromDirectory();
    const committed = (readFixture() ?? []).map(({ aws: _aws, ...example }) => example);
    assert.deepEqual(committed, JSON.parse(JSON.stringify(fresh)), 'run `npx tsx tools/record-seed-examples.ts --record`');
  });

  test('words are split as a POSIX shell splits them, `\\ ` being a joined line continuation', () => {
    const cases: [string, string[]][] = [
      ['a "b c" d', ['a', 'b c', 'd']],
      ['--x Name="email",Value="a@b.c"', ['--x', 'Name=email,Value=a@b.c']],
      ["'single \\ quoted'", ['single \\ quoted']],
      ['cmd \\ --next value', ['cmd', '--next', 'value']],
      ['\\{\\"k\\":\\""v {##}"\\"\\}', ['{"k":"v {##}"}']],
      ['"keeps \\n and \\t, unescapes \\" and \\\\"', ['keeps \\n and \\t, unescapes " and \\']],
      ['x\ny', ['x', 'y']],
    ];
    for (const [command, words] of cases) assert.deepEqual(shellWords(command), words, command);
  });

  test('an option glued to its value is split on the longest parameter name', () => {
    const names = ['user-pool-id', 'username', 'user-attributes', 'user-attribute-names', 'generate-secret'];
    assert.deepEqual(unglueOption('--usernamejane@example.com', names), ['--username', 'jane@example.com']);
    assert.deepEqual(unglueOption('--user-attribute-names"x"', names), ['--user-attribute-names', '"x"']);
    assert.deepEqual(unglueOption('--user-attributesName=a', names), ['--user-attributes', 'Name=a']);
    assert.deepEqual(unglueOption('--username', names), ['--username']);
    assert.deepEqual(unglueOption('--username=jane', names), ['--username=jane']);
    assert.deepEqual(unglueOption('--no-generate-secret', names), ['--no-generate-secret']);
    assert.deepEqual(unglueOption('value', names), ['value']);
  });
});
