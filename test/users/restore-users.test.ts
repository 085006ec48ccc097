/** restore-users: rebuilding a pool from an export, skipping existing users, throttling, dry runs. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { InterruptedError } from '../../src/errors.js';
import { exportUsers } from '../../src/users/export-users.js';
import { fileLines } from '../../src/users/file-lines.js';
import { jsonLine } from '../../src/users/json-line.js';
import { restoreUsers } from '../../src/users/restore-users.js';
import { isWritableAttribute, writableAttributes } from '../../src/users/writable-attributes.js';
import { requireMoto, startMoto, type Emulator } from '../support/emulators.js';
import { answerJson, startRecorder, type Recorder } from '../support/recorder.js';
import { sdkCall, type SdkCall } from '../support/sdk-call.js';

async function exportLines(sdk: SdkCall, userPoolId: string): Promise<string[]> {
  const lines: string[] = [];
  for await (const page of exportUsers(sdk.call, { userPoolId })) lines.push(...page.map(jsonLine));
  return lines;
}

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

describe('restoring into moto', { skip: !requireMoto() }, () => {
  let moto: Emulator;
  let sdk: SdkCall;
  let source: string;
  let exportFile: string;
  const userCount = 60;
  const newPool = async (name: string) => String(((await sdk.call('CreateUserPool', { PoolName: name })).UserPool as { Id: string }).Id);

  before(async () => {
    moto = await startMoto();
    sdk = sdkCall(moto.endpoint);
    source = await newPool('source');
    for (const group of ['admins', 'staff']) await sdk.call('CreateGroup', { UserPoolId: source, GroupName: group });
    for (let n = 0; n < userCount; n++) {
      const username = `member${n}`;
      await sdk.call('AdminCreateUser', {
        UserPoolId: source,
        Username: username,
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'email', Value: `${username}@example.com` },
          { Name: 'email_verified', Value: n % 2 ? 'true' : 'false' },
          { Name: 'name', Value: `Member "${n}", é` },
        ],
      });
      if (n % 3 === 0) await sdk.call('AdminAddUserToGroup', { UserPoolId: source, Username: username, GroupName: 'admins' });
      if (n % 4 === 0) await sdk.call('AdminAddUserToGroup', { UserPoolId: source, Username: username, GroupName: 'staff' });
      if (n % 5 === 0) await sdk.call('AdminDisableUser', { UserPoolId: source, Username: username });
    }
    exportFile = join(mkdtempSync(join(tmpdir(), 'restore-')), 'users.jsonl');
    writeFileSync(exportFile, `${(await exportLines(sdk, source)).join('\n')}\n`);
  });
  after(async () => {
    sdk?.destroy();
    await moto?.stop();
  });

  /** What a restore must carry over: attributes but sub, enabled state, groups. */
  const comparable = (line: string) => {
    const user = JSON.parse(line) as { Username: string; Attributes: Array<{ Name: string; Value: string }>; Enabled: boolean; Groups: string[] };
    const attributes = user.Attributes.filter((a) => a.Name !== 'sub').sort((a, b) => a.Name.localeCompare(b.Name));
    return { Username: user.Username, attributes, Enabled: user.Enabled, Groups: user.Groups };
  };
  const byName = (lines: string[]) => lines.map(comparable).sort((a, b) => a.Username.localeCompare(b.Username));

  test('an empty pool gets the same users, attributes, states and memberships; a re-run creates nothing', async () => {
    const target = await newPool('target');
    const first = await restoreUsers(sdk.call, fileLines(exportFile), { userPoolId: target });
    assert.deepEqual(first, { Created: userCount, Skipped: 0, Failed: [] });
    const source = byName(await exportLines(sdk, sourcePool()));
    const restored = byName(await exportLines(sdk, target));
    assert.deepEqual(restored, source);
    assert.ok(restored.some((user) => !user.Enabled) && restored.some((user) => user.Groups.length === 2));

    const groups = (await sdk.call('ListGroups', { UserPoolId: target })).Groups as Array<{ GroupName: string }>;
    assert.deepEqual(groups.map((group) => group.GroupName).sort(), ['admins', 'staff']);

    const second = await restoreUsers(sdk.call, fileLines(exportFile), { userPoolId: target, concurrency: 8 });
    assert.deepEqual(second, { Created: 0, Skipped: userCount, Failed: [] });
    assert.deepEqual(byName(await exportLines(sdk, target)), source);
  });

  test('a dry run counts without writing', async () => {
    const empty = await newPool('dry');
    sdk.sent.length = 0;
    const counted = await restoreUsers(sdk.call, fileLines(exportFile), { userPoolId: empty, dryRun: true });
    assert.deepEqual(counted, { Created: userCount, Skipped: 0, Failed: [] });
    assert.deepEqual(new Set(sdk.sent), new Set(['ListGroups', 'AdminGetUser']));
    assert.deepEqual((await sdk.call('ListUsers', { UserPoolId: empty })).Users, []);

    const full = await restoreUsers(sdk.call, fileLines(exportFile), { userPoolId: sourcePool(), dryRun: true });
    assert.deepEqual(full, { Created: 0, Skipped: userCount, Failed: [] });
  });

  const sourcePool = () => source;
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
