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
