/**
 * JSON null for a document member reaches the wire as the AWS CLI sends it
 * (`aws cognito-idp complete-web-authn-registration --credential null` sends
 * `{"AccessToken": "t", "Credential": null}`), inside a body that is signed and measured as sent.
 */
import assert from 'node:assert/strict';
import { createHash, createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { nullDocumentMembers, withNullMembers } from '../../src/client/document-nulls.js';
import { startRecorder, type RecordedRequest, type Recorder } from '../support/recorder.js';
import { runCli } from '../support/run-cli.js';

/** Whether the SigV4 signature in the request covers the headers and the body as received. */
function signatureHolds(request: RecordedRequest, secret: string): boolean {
  const authorization = String(request.headers.authorization);
  const [, scope, signedHeaders, signature] = /Credential=[^/]+\/([^,]+), SignedHeaders=([^,]+), Signature=(\w+)/.exec(authorization)!;
  const [date, region, service] = scope.split('/');
  const canonicalHeaders = signedHeaders
    .split(';')
    .map((name) => `${name}:${String(request.headers[name]).trim().replace(/\s+/g, ' ')}\n`)
    .join('');
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  const canonicalRequest = [request.method, request.path, '', canonicalHeaders, signedHeaders, sha256(request.body)].join('\n');
  const stringToSign = ['AWS4-HMAC-SHA256', request.headers['x-amz-date'], scope, sha256(canonicalRequest)].join('\n');
  const hmac = (key: string | Buffer, text: string) => createHmac('sha256', key).update(text).digest();
  const key = [region, service, 'aws4_request'].reduce<Buffer>((k, part) => hmac(k, part), hmac(`AWS4${secret}`, date));
  return createHmac('sha256', key).update(stringToSign).digest('hex') === signature;
}

describe('a document member given JSON null', () => {
  let recorder: Recorder;
  before(async () => (recorder = await startRecorder()));
  after(() => recorder.stop());

  const sent = () => recorder.requests.at(-1)!;

  test('--credential null is sent as "Credential": null, with its length', async () => {
    const result = await runCli(['complete-web-authn-registration', '--access-token', 't', '--credential', 'null', '--endpoint-url', recorder.endpoint]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(sent().body, '{"AccessToken":"t","Credential":null}');
    assert.equal(Number(sent().headers['content-length']), Buffer.byteLength(sent().body));
    // Like the AWS CLI, this operation is sent unsigned.
    assert.equal(sent().headers.authorization, undefined);
  });


  test('in a signed request, the signature and the length cover the body with the null', async () => {
    await runCli(['update-managed-login-branding', '--settings', 'null', '--use-cognito-provided-values', '--endpoint-url', recorder.endpoint]);
    assert.equal(sent().body, '{"UseCognitoProvidedValues":true,"Settings":null}');
    assert.equal(Number(sent().headers['content-length']), Buffer.byteLength(sent().body));
    assert.ok(signatureHolds(sent(), 'testing'), 'the signature covers the body sent');
    assert.ok(!signatureHolds({ ...sent(), body: '{"UseCognitoProvidedValues":true}' }, 'testing'), 'the check can fail');
  });

  test('a document that holds nulls is sent as before', async () => {
    await runCli(['update-managed-login-branding', '--settings', '{"a": null}', '--endpoint-url', recorder.endpoint]);
    assert.equal(sent().body, '{"Settings":{"a":null}}');
  });
});

test('null document members are found by the model and put back in its member order', () => {
  const members = nullDocumentMembers({ AccessToken: 't', Credential: null }, 'CompleteWebAuthnRegistrationRequest');
  assert.deepEqual(members, [{ parent: [], member: 'Credential', order: ['AccessToken', 'Credential'] }]);
  assert.equal(withNullMembers('{"AccessToken":"t"}', members), '{"AccessToken":"t","Credential":null}');
  assert.deepEqual(nullDocumentMembers({ AccessToken: null, Credential: {} }, 'CompleteWebAuthnRegistrationRequest'), []);
  const settings = nullDocumentMembers({ Settings: null, ManagedLoginBrandingId: 'b', UserPoolId: 'p' }, 'UpdateManagedLoginBrandingRequest');
  assert.equal(withNullMembers('{"UserPoolId":"p","ManagedLoginBrandingId":"b"}', settings), '{"UserPoolId":"p","ManagedLoginBrandingId":"b","Settings":null}');
});
