/** PythonNumber: a JSON number kept as text, read as Python's int or float, printed as Python prints it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRawJson } from '../../src/output/value.js';
import { parsePythonInt } from '../../src/python/int.js';
import { jsonLoads } from '../../src/python/json-loads.js';
import { PythonNumber } from '../../src/python/number.js';
import { toSdkValue } from '../../src/params/to-sdk.js';

// int text, repr(x) (json.dumps(x) is the same)
const ints: [string, string][] = [
  ['12', '12'],
  ['-3', '-3'],
  ['-0', '0'],
  ['99999999999999999999', '99999999999999999999'],
];

// float text, repr(x), json.dumps(x)
const floats: [string, string, string][] = [
  ['1.0', '1.0', '1.0'],
  ['-0.0', '-0.0', '-0.0'],
  ['1548099495.428', '1548099495.428', '1548099495.428'],
  ['1E9', '1000000000.0', '1000000000.0'],
  ['1.7e9', '1700000000.0', '1700000000.0'],
  ['10e-1', '1.0', '1.0'],
  ['1.548099495428E9', '1548099495.428', '1548099495.428'],
  ['15e-1', '1.5', '1.5'],
  ['1e16', '1e+16', '1e+16'],
  ['0.00001', '1e-05', '1e-05'],
  ['1e400', 'inf', 'Infinity'],
  ['NaN', 'nan', 'NaN'],
  ['-Infinity', '-inf', '-Infinity'],
];

test('an int is a number without fraction or exponent, and prints as its text', () => {
  for (const [text, repr] of ints) {
    const number = new PythonNumber(text);
    assert.ok(number.isInt, text);
    assert.equal(number.repr(), repr, `repr(${text})`);
    assert.equal(number.dumps(), repr, `json.dumps(${text})`);
  }
});

test('a float prints as Python prints it, even when it is whole', () => {
  for (const [text, repr, dumps] of floats) {
    const number = new PythonNumber(text);
    assert.ok(!number.isInt, text);
    assert.equal(number.repr(), repr, `repr(${text})`);
    assert.equal(number.dumps(), dumps, `json.dumps(${text})`);
  }
});

test('request values and responses read the same numbers the same way', () => {
  for (const text of [...ints, ...floats].map(([text]) => text)) {
    const request = jsonLoads(`[${text}]`) as PythonNumber[];
    const response = text === 'NaN' || text.endsWith('Infinity') ? request : (parseRawJson(`[${text}]`) as PythonNumber[]);
    for (const number of [request[0], response[0]]) {
      assert.ok(number instanceof PythonNumber, text);
      assert.equal(number.repr(), new PythonNumber(text).repr(), text);
      assert.equal(number.isInt, new PythonNumber(text).isInt, text);
    }
  }
});

test('int() of text is an int as Python writes it', () => {
  assert.deepEqual([' +007 ', '1_000', '-0', '١٢'].map((text) => parsePythonInt(text).text), ['7', '1000', '0', '12']);
});

test('the SDK is sent the nearest JavaScript number', () => {
  const request = { UserPoolId: 'us-east-1_abc', Limit: new PythonNumber('60') };
  assert.deepEqual(toSdkValue(request, 'ListUsersRequest'), { UserPoolId: 'us-east-1_abc', Limit: 60 });
  const document = jsonLoads('{"a": [1.5, 99999999999999999999, -0.0]}');
  assert.deepEqual(toSdkValue(document, 'document'), { a: [1.5, 1e20, -0] });
});
