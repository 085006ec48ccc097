import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeToken, encodeToken } from '../../src/pagination/token.js';

test('tokens are the bytes the AWS CLI prints', () => {
  // Printed by `aws cognito-idp list-users --max-items 2` against a first page.
  assert.equal(encodeToken({ PaginationToken: null }, 2), 'eyJQYWdpbmF0aW9uVG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAyfQ==');
  assert.equal(Buffer.from(encodeToken({ NextToken: 'a/b+c=' }), 'base64').toString(), '{"NextToken": "a/b+c="}');
});

test('non-ASCII and control characters are escaped as Python json.dumps escapes them', () => {
  const json = Buffer.from(encodeToken({ NextToken: 'é\u007f\n"\\😀' }, 0), 'base64').toString();
  assert.equal(json, '{"NextToken": "\\u00e9\\u007f\\n\\"\\\\\\ud83d\\ude00", "boto_truncate_amount": 0}');
});

test('a token decodes to the service token and the items to skip', () => {
  assert.deepEqual(decodeToken(encodeToken({ NextToken: 'abc==' }, 7), ['NextToken']), { tokens: { NextToken: 'abc==' }, skip: 7 });
  assert.deepEqual(decodeToken(encodeToken({ NextToken: 'abc' }), ['NextToken']), { tokens: { NextToken: 'abc' }, skip: 0 });
});

test("anything else is the service's own token, optionally with an old-style ___index", () => {
  const raw = 'AQICAHj+/some-service-token';
  assert.deepEqual(decodeToken(raw, ['PaginationToken']), { tokens: { PaginationToken: raw }, skip: 0 });
  assert.deepEqual(decodeToken(`${raw}___12`, ['PaginationToken']), { tokens: { PaginationToken: raw }, skip: 12 });
  assert.deepEqual(decodeToken('a___b', ['NextToken']), { tokens: { NextToken: 'a___b' }, skip: 0 });
  assert.deepEqual(decodeToken('None___3', ['NextToken']), { tokens: { NextToken: null }, skip: 3 });
  // Valid base64 of something that is not a JSON object is not a CLI token either.
  const notObject = Buffer.from('[1, 2]').toString('base64');
  assert.deepEqual(decodeToken(notObject, ['NextToken']), { tokens: { NextToken: notObject }, skip: 0 });
});
