/** --debug shows the exchange but never a secret: members the model marks sensitive, and the credentials. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { answerJson, startRecorder, type Recorder } from '../../support/recorder.js';
import { runners, testEnv } from '../../support/run-cli.js';

const credentials = {
  AWS_ACCESS_KEY_ID: 'AKIAKEYIDSHOULDNOTSHOW',
  AWS_SECRET_ACCESS_KEY: 'secretKeySHOULDNOTSHOW',
  AWS_SESSION_TOKEN: 'sessionTokenSHOULDNOTSHOW',
};

for (const [how, run] of runners) describe(`--debug redaction (${how})`, () => {
  let recorder: Recorder;
  before(async () => (recorder = await startRecorder()));
  after(() => recorder.stop());

  const env = testEnv(credentials);
  const assertHidden = (stderr: string, secrets: string[]) => {
    for (const secret of [...secrets, ...Object.values(credentials)]) {
      assert.ok(!stderr.includes(secret), `--debug output shows ${secret}:\n${stderr}`);
    }
  };
  /** The last request's signature; unsigned operations (sign-up) have none to hide. */
  const lastSignature = () =>
    /Signature=([0-9a-f]{64})/.exec(String(recorder.requests.at(-1)?.headers.authorization))?.[1] ?? 'no signature sent';

  test('admin-initiate-auth: auth parameters, secrets, tokens and the signature are hidden', async () => {
    recorder.respondWith(
      answerJson({
        ChallengeParameters: {},
        AuthenticationResult: { AccessToken: 'accessTOKENvalue', IdToken: 'idTOKENvalue', RefreshToken: 'refreshTOKENvalue', ExpiresIn: 3600, TokenType: 'Bearer' },
      }),
    );
    const result = await run(
      [
        'admin-initiate-auth',
        '--user-pool-id', 'us-east-1_pool',
        '--client-id', 'clientIDvalue',
        '--auth-flow', 'ADMIN_USER_PASSWORD_AUTH',
        '--auth-parameters', 'USERNAME=aliceUSER,PASSWORD=hunter2PASS,SECRET_HASH=hashHASHvalue',
        '--endpoint-url', recorder.endpoint,
        '--debug',
      ],
      env,
    );
    assert.equal(result.code, 0, result.stderr);
    // The request really carried the secrets, and the answer is printed in full on stdout.
    assert.match(recorder.requests.at(-1)!.body, /hunter2PASS/);
    assert.match(result.stdout, /accessTOKENvalue/);
    // --debug shows the exchange ...
    assert.match(result.stderr, /AdminInitiateAuth/);
    assert.match(result.stderr, /"AuthFlow":"ADMIN_USER_PASSWORD_AUTH"/);
    assert.match(result.stderr, /"ExpiresIn":3600/);
    assert.match(result.stderr, /\*\*\* SENSITIVE DATA REDACTED \*\*\*/);
    // ... without any secret.
    assertHidden(result.stderr, [
      'aliceUSER', 'hunter2PASS', 'hashHASHvalue', 'clientIDvalue',
      'accessTOKENvalue', 'idTOKENvalue', 'refreshTOKENvalue', lastSignature(),
    ]);
  });

  test('respond-to-auth-challenge: session, challenge responses and new tokens are hidden', async () => {
    recorder.respondWith(answerJson({ Session: 'nextSESSIONvalue', ChallengeName: 'SMS_MFA', ChallengeParameters: { CODE_DELIVERY_DESTINATION: '+1***' } }));
    const result = await run(
      [
        'respond-to-auth-challenge',
        '--client-id', 'clientIDvalue',
        '--challenge-name', 'NEW_PASSWORD_REQUIRED',
        '--session', 'firstSESSIONvalueLONGENOUGH',
        '--challenge-responses', 'USERNAME=aliceUSER,NEW_PASSWORD=newPASSvalue,SECRET_HASH=hashHASHvalue',
        '--endpoint-url', recorder.endpoint,
        '--debug',
      ],
      env,
    );
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /"ChallengeName":"SMS_MFA"/);
    assertHidden(result.stderr, ['firstSESSIONvalueLONGENOUGH', 'nextSESSIONvalue', 'aliceUSER', 'newPASSvalue', 'hashHASHvalue', 'clientIDvalue']);
  });

  test('sign-up, change-password and client secrets: every sensitive member is hidden', async () => {
    recorder.respondWith(answerJson({ UserPoolClient: { ClientId: 'clientIDvalue', ClientSecret: 'clientSECRETvalue', ClientName: 'web' } }));
    const runs = [
      ['sign-up', '--client-id', 'clientIDvalue', '--username', 'aliceUSER', '--password', 'hunter2PASS', '--secret-hash', 'hashHASHvalue'],
      ['change-password', '--previous-password', 'oldPASSvalue', '--proposed-password', 'newPASSvalue', '--access-token', 'accessTOKENvalue'],
      ['describe-user-pool-client', '--user-pool-id', 'us-east-1_pool', '--client-id', 'clientIDvalue'],
      ['admin-set-user-password', '--user-pool-id', 'us-east-1_pool', '--username', 'aliceUSER', '--password', 'hunter2PASS', '--permanent'],
    ];
    for (const args of runs) {
      const result = await run([...args, '--endpoint-url', recorder.endpoint, '--debug'], env);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stderr, /Making request for/);
      assertHidden(result.stderr, ['aliceUSER', 'hunter2PASS', 'hashHASHvalue', 'oldPASSvalue', 'newPASSvalue', 'accessTOKENvalue', 'clientIDvalue', 'clientSECRETvalue', lastSignature()]);
    }
  });

  test('one-time codes and paging tokens are hidden; settings that only sound secret are shown', async () => {
    recorder.respondWith(answerJson({ Users: [], PaginationToken: 'nextPAGEtoken' }));
    const listed = await run(['list-users', '--user-pool-id', 'us-east-1_pool', '--pagination-token', 'firstPAGEtoken', '--endpoint-url', recorder.endpoint, '--debug'], env);
    assert.equal(listed.code, 0, listed.stderr);
    recorder.respondWith(answerJson({}));
    const confirmed = await run(['confirm-sign-up', '--client-id', 'clientIDvalue', '--username', 'aliceUSER', '--confirmation-code', 'codeCODEvalue', '--endpoint-url', recorder.endpoint, '--debug'], env);
    assert.equal(confirmed.code, 0, confirmed.stderr);
    assertHidden(listed.stderr + confirmed.stderr, ['nextPAGEtoken', 'firstPAGEtoken', 'codeCODEvalue', 'aliceUSER', 'clientIDvalue']);
    recorder.respondWith(answerJson({ UserPoolClient: { ClientId: 'clientIDvalue', ClientSecret: 'clientSECRETvalue' } }));
    const created = await run(
      ['create-user-pool-client', '--user-pool-id', 'us-east-1_pool', '--client-name', 'web', '--generate-secret', '--token-validity-units', 'AccessToken=hours', '--endpoint-url', recorder.endpoint, '--debug'],
      env,
    );
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stderr, /"GenerateSecret":true/);
    assert.match(created.stderr, /"TokenValidityUnits":\{"AccessToken":"hours"\}/);
    assertHidden(created.stderr, ['clientIDvalue', 'clientSECRETvalue']);
  });

  test('a service error under --debug shows no secret either', async () => {
    recorder.respondWith(answerJson({ __type: 'NotAuthorizedException', message: 'Incorrect username or password.' }, 400));
    const result = await run(
      ['initiate-auth', '--client-id', 'clientIDvalue', '--auth-flow', 'USER_PASSWORD_AUTH', '--auth-parameters', 'USERNAME=aliceUSER,PASSWORD=hunter2PASS', '--endpoint-url', recorder.endpoint, '--debug'],
      env,
    );
    assert.equal(result.code, 254);
    assert.match(result.stderr, /An error occurred \(NotAuthorizedException\) when calling the InitiateAuth operation: Incorrect username or password\.\n/);
    assertHidden(result.stderr, ['aliceUSER', 'hunter2PASS', 'clientIDvalue']);
  });
});
