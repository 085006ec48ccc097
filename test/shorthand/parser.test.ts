/**
 * The shorthand parser against a table recorded from the AWS CLI's own parser
 * (tools/record-shorthand-fixtures.py): same value, or the same error at the same position.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { DuplicateKeyError, ShorthandSyntaxError } from '../../src/shorthand/errors.js';
import { parseShorthand } from '../../src/shorthand/parser.js';

interface RecordedCase {
  input: string;
  value?: unknown;
  error?: { kind: 'syntax'; expected: string; actual: string; index: number } | { kind: 'duplicate'; key: string; index: number };
}

const cases = JSON.parse(readFileSync(new URL('./fixtures/parser-cases.json', import.meta.url), 'utf8')) as RecordedCase[];

describe('shorthand parser, as recorded from the AWS CLI', () => {
  test('the table is large enough to cover the grammar', () => assert.ok(cases.length >= 80, `${cases.length} cases`));

  for (const { input, value, error } of cases) {
    test(JSON.stringify(input), () => {
      if (value !== undefined) {
        assert.deepEqual(parseShorthand(input), value);
        return;
      }
      assert.throws(
        () => parseShorthand(input),
        (thrown: unknown) => {
          if (error!.kind === 'syntax') {
            assert.ok(thrown instanceof ShorthandSyntaxError, String(thrown));
            assert.deepEqual(
              { expected: thrown.expected, actual: thrown.actual, index: thrown.index },
              { expected: error!.expected, actual: error!.actual, index: error!.index },
            );
          } else {
            assert.ok(thrown instanceof DuplicateKeyError, String(thrown));
            assert.deepEqual({ key: thrown.key, index: thrown.index }, { key: error!.key, index: error!.index });
          }
          return true;
        },
      );
    });
  }
});

describe('shorthand error messages', () => {
  test('point at the spot with a caret under the input', () => {
    assert.throws(() => parseShorthand('Name'), {
      message: "Expected: '=', received: 'EOF' for input:\nName\n    ^",
    });
  });

  test('put the caret under the line holding the spot and keep the lines after it', () => {
    assert.throws(() => parseShorthand('a={b=c,\nd!e},\nf=g'), {
      message: "Expected: '=', received: '!' for input:\na={b=c,\nd!e},\n ^\nf=g",
    });
  });

  test('name a repeated key and suggest the usual cause', () => {
    assert.throws(() => parseShorthand('Name=a,Name=b'), {
      message:
        'Second instance of key "Name" encountered for input:\nName=a,Name=b\n       ^\n' +
        'This is often because there is a preceding "," instead of a space.',
    });
  });
});

describe('@= loads files inside the value', () => {
  const loadParamFile = (text: string) => (text.startsWith('file://') ? `<${text.slice(7)}>` : undefined);

  test('only values after @= are loaded', () => {
    assert.deepEqual(parseShorthand('a@=file://x,b=file://y', { loadParamFile }), { a: '<x>', b: 'file://y' });
  });

  test('quoted values and list items after @= are loaded too', () => {
    assert.deepEqual(parseShorthand("a@='file://x',b@=[file://y,z]", { loadParamFile }), { a: '<x>', b: ['<y>', 'z'] });
  });

  test('a value that names no file stays as it is', () => {
    assert.deepEqual(parseShorthand('a@=plain', { loadParamFile }), { a: 'plain' });
  });
});
