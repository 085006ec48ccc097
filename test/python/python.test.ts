/** src/python/ against what CPython answers (test/python/fixtures/cpython.json, recorded by tools/record-python-fixtures.py). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { pythonBase64Decode } from '../../src/python/base64.js';
import { closeMatches, ratio } from '../../src/python/close-matches.js';
import { floatRepr, jsonFloat, pythonRound } from '../../src/python/float.js';
import { IntegerSyntaxError, parsePythonInt } from '../../src/python/int.js';
import { jsonLoads } from '../../src/python/json-loads.js';
import { asciiJsonString } from '../../src/python/json-string.js';
import { bytesRepr, pythonRepr, pythonStr, pythonType, stringRepr } from '../../src/python/repr.js';
import { sortedKeys } from '../../src/python/sorted.js';
import { isPythonSpace, pythonLeftStrip, pythonRightStrip, pythonStrip } from '../../src/python/whitespace.js';

const cpython = JSON.parse(readFileSync(new URL('./fixtures/cpython.json', import.meta.url), 'utf8'));

/** Python's float() of the literals the fixtures use: decimal text, nan, inf. */
function float(text: string): number {
  if (/^[+-]?inf$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (text === 'nan') return NaN;
  return Number(text);
}

test('float repr and json.dumps of a float', () => {
  for (const { input, repr, json } of cpython.floats) {
    assert.equal(floatRepr(float(input)), repr, `repr(float(${input}))`);
    assert.equal(jsonFloat(float(input)), json, `json.dumps(float(${input}))`);
  }
});

test('round() of a float goes to the even neighbour', () => {
  for (const { input, value } of cpython.rounds) assert.equal(pythonRound(float(input)) + 0, value, `round(${input})`);
});

test('int() of text, and its errors', () => {
  for (const { input, value, error } of cpython.ints) {
    if (error === undefined) assert.equal(parsePythonInt(input).repr(), value, `int(${JSON.stringify(input)})`);
    else assert.throws(() => parsePythonInt(input), (e) => e instanceof IntegerSyntaxError && e.message === error, `int(${JSON.stringify(input)})`);
  }
});

test('whitespace is what str.isspace says, in every plane', () => {
  const space = new Set<number>(cpython.space);
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    assert.equal(isPythonSpace(String.fromCodePoint(cp)), space.has(cp), `U+${cp.toString(16)}`);
  }
  for (const { input, strip, lstrip, rstrip } of cpython.strips) {
    assert.equal(pythonStrip(input), strip);
    assert.equal(pythonLeftStrip(input), lstrip);
    assert.equal(pythonRightStrip(input), rstrip);
  }
});

test('repr() of str and bytes', () => {
  for (const { input, repr } of cpython.strings) assert.equal(stringRepr(input), repr);
  for (const { input, repr } of cpython.bytes) assert.equal(bytesRepr(new Uint8Array(input)), repr);
});

test('str(), repr() and type() of values read by json.loads', () => {
  for (const { input, str, repr, type } of cpython.values) {
    const value = jsonLoads(input);
    assert.equal(pythonStr(value), str, `str(json.loads(${input}))`);
    assert.equal(pythonRepr(value), repr, `repr(json.loads(${input}))`);
    assert.equal(pythonType(value), type, `type(json.loads(${input}))`);
  }
});

test('sorted() of str orders by code point', () => {
  for (const { input, sorted } of cpython.sorted) assert.deepEqual(sortedKeys([...input]), sorted);
});

test("difflib's ratio and close matches", () => {
  for (const { a, b, ratio: expected } of cpython.ratios) assert.equal(ratio([...a], [...b]), expected, `${a} / ${b}`);
  for (const { word, possibilities, matches } of cpython.closeMatches) assert.deepEqual(closeMatches(word, possibilities), matches, word);
});

test('base64.b64decode: what it decodes, and where it raises', () => {
  for (const { input, value, error } of cpython.base64) {
    const decoded = pythonBase64Decode(input);
    if (error === undefined) assert.equal(decoded?.toString('hex'), value, input);
    else assert.equal(decoded, undefined, `${input}: Python raises ${error}`);
  }
});

test('json.dumps of a str escapes everything outside printable ASCII', () => {
  for (const { input, json } of cpython.jsonStrings) assert.equal(asciiJsonString(input), json);
});
