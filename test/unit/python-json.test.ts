import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonFloat, pythonJson } from '../../src/output/python-json.js';
import { parseRawJson } from '../../src/output/value.js';

// Expected values are Python 3's repr() of the same floats.
const floats: [number, string][] = [
  [1548099495.428, '1548099495.428'],
  [1e16, '1e+16'],
  [1.5e16, '1.5e+16'],
  [1e-5, '1e-05'],
  [0.0001, '0.0001'],
  [123, '123.0'],
  [-2.5, '-2.5'],
  [1e22, '1e+22'],
  [5e-324, '5e-324'],
  [123456789012345.6, '123456789012345.6'],
];

for (const [value, expected] of floats) {
  test(`float ${value} prints as Python's ${expected}`, () => assert.equal(pythonFloat(value), expected));
}

test('the layout is json.dumps(indent=4, ensure_ascii=False), numbers as sent', () => {
  const text = '{"a": 1.0, "b": [1, 2.50, "x\\"1.5"], "c": {}, "d": [], "e": "ñ\\u0001", "f": 12345678901234567890}';
  assert.equal(
    pythonJson(parseRawJson(text)),
    [
      '{',
      '    "a": 1.0,',
      '    "b": [',
      '        1,',
      '        2.5,',
      '        "x\\"1.5"',
      '    ],',
      '    "c": {},',
      '    "d": [],',
      '    "e": "ñ\\u0001",',
      '    "f": 12345678901234567890',
      '}',
    ].join('\n'),
  );
});
