import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonJson } from '../../src/output/python-json.js';
import { parseRawJson } from '../../src/output/value.js';

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

// Bodies and what Python's json.dumps(json.loads(body), indent=4) prints for them (recorded from
// CPython): whole-valued float tokens, integers beyond 2^53, a `__proto__` key and number-like text
// in strings send a body the slower way; the others take the quick way.
const bodies: [string, string][] = [
  ['{"a": 1E9, "b": 1.5e3, "c": -0, "d": -0.0, "e": 0.1, "f": 1700000000.123}', '{\n    "a": 1000000000.0,\n    "b": 1500.0,\n    "c": 0,\n    "d": -0.0,\n    "e": 0.1,\n    "f": 1700000000.123\n}'],
  ['{"a": [1, 2.5, {"b": 9007199254740993}], "t": 1548099495.428}', '{\n    "a": [\n        1,\n        2.5,\n        {\n            "b": 9007199254740993\n        }\n    ],\n    "t": 1548099495.428\n}'],
  ['{"__proto__": {"x": 1}, "y": 2.5}', '{\n    "__proto__": {\n        "x": 1\n    },\n    "y": 2.5\n}'],
  ['{"s": "v1.0, ok", "n": [2.25, 7, -3]}', '{\n    "s": "v1.0, ok",\n    "n": [\n        2.25,\n        7,\n        -3\n    ]\n}'],
  ['{"n": 1700000000, "m": 0.000001, "k": 123456789012345.6}', '{\n    "n": 1700000000,\n    "m": 1e-06,\n    "k": 123456789012345.6\n}'],
];

for (const [body, expected] of bodies) {
  test(`${body} prints as Python prints it`, () => assert.equal(pythonJson(parseRawJson(body)), expected));
}

test('indent null is json.dumps(ensure_ascii=False) without indent: one line, `, ` between items', () => {
  // Recorded from CPython.
  const body = '{"a": [1, 2.5, {"b": 9007199254740993}], "t": 1548099495.428, "e": {}, "l": [], "s": "ñ, \\"x\\"\\n"}';
  assert.equal(pythonJson(parseRawJson(body), null), '{"a": [1, 2.5, {"b": 9007199254740993}], "t": 1548099495.428, "e": {}, "l": [], "s": "ñ, \\"x\\"\\n"}');
});
