/** restore-users: writable attributes, throttling, existing users skipped, an abort (against moto: test/slow/moto/). */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { InterruptedError } from '../../src/errors.js';
import { restoreUsers } from '../../src/users/restore-users.js';
import { isWritableAttribute, writableAttributes } from '../../src/users/writable-attributes.js';
import { answerJson, startRecorder, type Recorder } from '../support/recorder.js';
import { sdkCall, type SdkCall } from '../support/sdk-call.js';

test('writable attributes: sub, identities and cognito: names dropped; verified flags kept', () => {
  const user = {
    Username: 'u',
    Attributes: [
      { Name: 'sub', Value: 's' },
      { Name: 'email', Value: 'e@x' },
      { Name: 'email_verified', Value: 'true' },
      { Name: 'phone_number_verified', Value: 'false' },
      { Name: 'identities', Value: '[]' },
      { Name: 'cognito:user_status', Value: 'CONFIRMED' },
      { Name: 'custom:dept', Value: 'd' },
    ],
  };
  assert.deepEqual(writableAttributes(user).map((a) => a.Name), ['email', 'email_verified', 'phone_number_verified', 'custom:dept']);
  assert.ok(!isWritableAttribute('cognito:mfa_enabled'));
  assert.deepEqual(writableAttributes({ Username: 'x' }), []);
});

describe('restoring through a throttling service', () => {
  let recorder: Recorder;
  let sdk: SdkCall;
  let inFlight = 0;
  let mostInFlight = 0;
  before(async () => {
    recorder = await startRecorder();
    sdk = sdkCall(recorder.endpoint, { maxAttempts: 1 });
  });
  after(async () => {
    sdk?.destroy();
    await recorder?.stop();
  });

  test('throttled requests are retried, existing users skipped, failures listed, one CreateGroup per group', async () => {
    const creates = new Map<string, number>();
    recorder.respondWith((request, response) => {
      const body = JSON.parse(request.body) as Record<string, string>;
      const reply = (answer: unknown, status = 200) => {
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        setTimeout(() => {
          inFlight--;
          answerJson(answer, status)(request, response);
        }, 3);
      };
      const error = (code: string) => reply({ __type: code, message: code }, 400);
      switch (request.operation) {
        case 'ListGroups':
          return reply({ Groups: [{ GroupName: 'existing' }] });
        case 'AdminCreateUser': {
          const n = (creates.get(body.Username) ?? 0) + 1;
          creates.set(body.Username, n);
          if (n === 1 && body.Username.endsWith('1')) return error('TooManyRequestsException');
          if (body.Username === 'old') return error('UsernameExistsException');
          if (body.Username === 'bad') return error('InvalidParameterException');
          return reply({ User: { Username: body.Username } });
        }
        case 'CreateGroup':
          return body.GroupName === 'raced' ? error('GroupExistsException') : reply({ Group: { GroupName: body.GroupName } });
        default:
          return reply({});
      }
    });
    const users = Array.from({ length: 30 }, (_, i) => ({ Username: `u${i}`, Enabled: i % 10 !== 0, Groups: ['new', ...(i % 2 ? ['existing'] : ['raced'])] }));
    const lines = [...users, { Username: 'old', Groups: ['new'] }, { Username: 'bad' }].map((user) => JSON.stringify(user));
    lines.splice(5, 0, '', '{not json');
    const summary = await restoreUsers(sdk.call, lines, { userPoolId: 'us-east-1_x', concurrency: 3, backoff: { baseMs: 1, capMs: 4 } });

    assert.equal(summary.Created, 30);
    assert.equal(summary.Skipped, 1);
    assert.deepEqual(summary.Failed.map((failure) => failure.Username), ['line 7', 'bad']);
    assert.match(summary.Failed[0].Error, /^line 7 is not JSON/);
    assert.match(summary.Failed[1].Error, /InvalidParameterException/);
    const sent = (operation: string) => recorder.requests.filter((request) => request.operation === operation).map((request) => JSON.parse(request.body));
    assert.deepEqual(sent('CreateGroup').map((body) => body.GroupName).sort(), ['new', 'raced']);
    assert.equal(sent('AdminCreateUser').length, 32 + 3, 'the three throttled creations were sent again');
    assert.ok(sent('AdminCreateUser').every((body) => body.MessageAction === 'SUPPRESS' && body.UserPoolId === 'us-east-1_x'));
    assert.deepEqual(sent('AdminDisableUser').map((body) => body.Username).sort(), ['u0', 'u10', 'u20']);
    assert.equal(sent('AdminAddUserToGroup').length, 60);
    assert.ok(mostInFlight <= 3, `${mostInFlight} requests in flight`);
  });
});

test('an abort stops a restore: no user starts after it', async () => {
  const controller = new AbortController();
  const sent: string[] = [];
  const call = async (operation: string, input: Record<string, unknown>) => {
    sent.push(`${operation} ${input.Username ?? ''}`.trim());
    if (input.Username === 'u3') controller.abort();
    return {};
  };
  const lines = Array.from({ length: 20 }, (_, i) => JSON.stringify({ Username: `u${i}` }));
  await assert.rejects(restoreUsers(call, lines, { userPoolId: 'p', concurrency: 1, signal: controller.signal }), InterruptedError);
  assert.deepEqual(sent, ['ListGroups', 'AdminCreateUser u0', 'AdminCreateUser u1', 'AdminCreateUser u2', 'AdminCreateUser u3']);
});
