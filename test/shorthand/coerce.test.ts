/** The model pass over parsed shorthand: numbers, booleans, lone values for lists, documents. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Shape } from '../../src/model/types.js';
import { coerceShorthand, type ShapeResolver } from '../../src/shorthand/coerce.js';
import { ShorthandError } from '../../src/shorthand/errors.js';
import { parseShorthand } from '../../src/shorthand/parser.js';
import { PythonNumber } from '../../src/python/number.js';

const shapes: Record<string, Shape> = {
  Top: { type: 'structure', members: { Count: { shape: 'integer' }, On: { shape: 'boolean' }, Names: { shape: 'Names' }, Inner: { shape: 'Inner' }, Tags: { shape: 'Tags' }, Doc: { shape: 'document' }, Blob: { shape: 'blob' } } },
  Inner: { type: 'structure', members: { Size: { shape: 'integer' }, Items: { shape: 'Items' } } },
  Items: { type: 'list', member: { shape: 'Inner' } },
  Names: { type: 'list', member: { shape: 'string' } },
  Tags: { type: 'map', key: { shape: 'string' }, value: { shape: 'integer' } },
};
const resolve: ShapeResolver = (name) => shapes[name] ?? ({ type: name } as Shape);
const coerce = (text: string, shape = 'Top') => coerceShorthand(parseShorthand(text), shape, resolve);
const int = (text: string) => new PythonNumber(text);

const cases: [string, unknown][] = [
  ['Count=12', { Count: int('12') }],
  ['Count= 7 ', { Count: int('7') }],
  ['Count=1_000', { Count: int('1000') }],
  ['Count=-3', { Count: int('-3') }],
  ['Count=+3', { Count: int('3') }],
  ['Count=١٢', { Count: int('12') }],
  ['Count=１_２', { Count: int('12') }],
  ['Count=99999999999999999999', { Count: int('99999999999999999999') }],
  ['On=true', { On: true }],
  ['On=FALSE', { On: false }],
  ['On=TrUe', { On: true }],
  ['On=yes', { On: 'yes' }],
  ['On=1', { On: '1' }],
  ['Names=a', { Names: ['a'] }],
  ['Names=a,b', { Names: ['a', 'b'] }],
  ['Names=[]', { Names: [] }],
  ['Inner={Size=3}', { Inner: { Size: int('3') } }],
  ['Inner={Items={Size=4}}', { Inner: { Items: [{ Size: '4' }] } }],
  ['Inner={Items=[{Size=4}]}', { Inner: { Items: [{ Size: int('4') }] } }],
  ['Tags={a=1,b=2}', { Tags: { a: int('1'), b: int('2') } }],
  ['Blob=abc', { Blob: 'abc' }],
  ['Unknown=5', { Unknown: '5' }],
];

for (const [input, expected] of cases) {
  test(input, () => {
    assert.deepEqual(coerce(input), expected);
  });
}

test('a number that is not one fails as Python int() does', () => {
  assert.throws(() => coerce('Count=x'), { message: "invalid literal for int() with base 10: 'x'" });
  assert.throws(() => coerce('Count=1.5'), { message: "invalid literal for int() with base 10: '1.5'" });
  assert.throws(() => coerce('Count=[1]'), { message: "int() argument must be a string, a bytes-like object or a real number, not 'list'" });
});

test('a list value where a boolean belongs fails', () => {
  assert.throws(() => coerce('On=a,b'), ShorthandError);
});

test('documents cannot be written in shorthand', () => {
  assert.throws(() => coerce('Doc=x'), { message: /Shorthand syntax does not support document types.*: Doc$/ });
});

test('at the top level a lone value given for a list is left alone', () => {
  const parsed = parseShorthand('Size=1');
  assert.deepEqual(coerceShorthand(parsed, 'Items', resolve), { Size: '1' });
  assert.deepEqual(coerceShorthand([parseShorthand('Size=1')], 'Items', resolve), [{ Size: int('1') }]);
});
