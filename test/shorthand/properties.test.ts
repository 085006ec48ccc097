/** Properties of the shorthand parser, checked on random input (fast-check). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ShorthandError } from '../../src/shorthand/errors.js';
import { parseShorthand, type ShorthandValue } from '../../src/shorthand/parser.js';

const keyCharacters = [...'abcXYZ019-_.#/:'];
const key = fc.string({ unit: fc.constantFrom(...keyCharacters), minLength: 1, maxLength: 6 });
// A backslash right before a closing quote would escape it: the syntax cannot say a value ends in one.
const text = fc.string({ unit: 'binary', maxLength: 12 }).filter((s) => !s.endsWith('\\'));

const { value } = fc.letrec<{ value: ShorthandValue; hash: Record<string, ShorthandValue> }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, fc.array(tie('value'), { maxLength: 4 }), tie('hash')),
  hash: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
}));
const parameter = fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 });

interface Style {
  quote: '"' | "'";
  space: string;
}
const style = fc.record({ quote: fc.constantFrom<'"' | "'">('"', "'"), space: fc.constantFrom('', ' ', '\n ', '\t') });

function render(item: ShorthandValue, how: Style): string {
  if (typeof item === 'string') {
    if (/^[A-Za-z0-9]+$/.test(item)) return item;
    return how.quote + item.replaceAll('\\', '\\\\').replaceAll(how.quote, `\\${how.quote}`) + how.quote;
  }
  if (Array.isArray(item)) return `[${item.map((i) => render(i, how)).join(`,${how.space}`)}]`;
  const entries = Object.entries(item).map(([k, v]) => `${k}=${render(v, how)}`);
  return `{${entries.join(`,${how.space}`)}}`;
}

function renderParameter(hash: Record<string, ShorthandValue>, how: Style): string {
  return Object.entries(hash)
    .map(([k, v]) => `${k}${how.space.replace('\n', '')}=${how.space}${render(v, how)}`)
    .join(`${how.space},${how.space}`);
}

test('random nested values written as shorthand parse back to the same value', () => {
  fc.assert(
    fc.property(parameter, style, (hash, how) => {
      // fast-check makes objects without a prototype; compare plain copies.
      assert.deepStrictEqual(parseShorthand(renderParameter(hash, how)), JSON.parse(JSON.stringify(hash)));
    }),
    { numRuns: 400 },
  );
});

const syntaxHeavy = fc.string({ unit: fc.constantFrom(...'ab=,[]{}\'"\\ @\n\t:😀é'), maxLength: 40 });

test('random input either parses or fails with the parser own error', () => {
  fc.assert(
    fc.property(fc.oneof(syntaxHeavy, fc.string({ unit: 'binary', maxLength: 40 })), (input) => {
      try {
        parseShorthand(input);
      } catch (error) {
        assert.ok(error instanceof ShorthandError, `${input}: ${String(error)}`);
      }
    }),
    { numRuns: 2000 },
  );
});

test('a 100 KB input parses (the parser neither recurses nor backtracks per character)', () => {
  const long = 'x'.repeat(100_000);
  assert.deepEqual(parseShorthand(`a=${long}`), { a: long });
  assert.deepEqual(parseShorthand(`a="${long}"`), { a: long });
  const items = Array.from({ length: 20_000 }, (_, i) => `v${i}`);
  assert.deepEqual(parseShorthand(`a=${items.join(',')}`), { a: items });
  assert.deepEqual(parseShorthand(`a=[${items.join(',')}]`), { a: items });
});
