import assert from 'node:assert/strict';
import { test } from 'node:test';
import { secretHash } from '../../src/auth/secret-hash.js';

// Expected values computed outside this code base:
//   printf '%s' "$USERNAME$CLIENT_ID" | openssl dgst -sha256 -hmac "$SECRET" -binary | base64
// (the third also with Python's hmac module, for the UTF-8 username).
const vectors: Array<{ clientSecret: string; username: string; clientId: string; expected: string }> = [
  { clientSecret: 's3cr3t', username: 'diego', clientId: '1example23456789', expected: 'LV75jWonTyTIgFKLwwHo+ibaXKdvB9AJQtSnTi5PH/M=' },
  {
    clientSecret: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQ',
    username: 'b3f1c0de-0000-4000-8000-123456789abc',
    clientId: '6pv1vb7ov2ehvq0ddcdl1fp0ii',
    expected: '97Vm1zpGzrH9humG82snrJXF9mlrQuOoBnmi0noHW+g=',
  },
  { clientSecret: 'key', username: 'ünïcødé@example.com', clientId: 'client', expected: 'OB1zmqSvsEtaAOsJHTed3T0bNUqNYhzlk0Q1sppyxQs=' },
];

for (const { expected, ...input } of vectors) {
  test(`secret hash of ${input.username} for client ${input.clientId}`, () => {
    assert.equal(secretHash(input), expected);
  });
}

test('the username comes before the client id in the message', () => {
  const forward = secretHash({ clientSecret: 'k', username: 'ab', clientId: 'cd' });
  assert.equal(secretHash({ clientSecret: 'k', username: 'a', clientId: 'bcd' }), forward);
  assert.notEqual(secretHash({ clientSecret: 'k', username: 'cd', clientId: 'ab' }), forward);
});
