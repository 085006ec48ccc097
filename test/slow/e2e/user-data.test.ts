/**
 * export-users, restore-users, import-users and batch through the built bin: on moto for the
 * pools, users and groups, and on the loopback fake of the import operations for import-users.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { requireMoto, startMoto, type Emulator } from '../support/emulators.js';
import { startFakeImportService, type FakeImportService } from '../../support/fake-import-service.js';
import { runBin, testEnv, type CliResult } from '../../support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cognito-idp-user-data-'));
const USERS = 24;
const nameOf = (i: number) => `user${String(i).padStart(2, '0')}`;
const jsonLines = (text: string) => text.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));

describe('user data through the bin, on moto', { skip: !requireMoto() }, () => {
  let moto: Emulator;
  let source: string;
  let target: string;
  const run = (args: string[], stdin = ''): Promise<CliResult> => runBin([...args, '--endpoint-url', moto.endpoint], testEnv(), stdin);
  const createPool = async (name: string) => JSON.parse((await run(['create-user-pool', '--pool-name', name])).stdout).UserPool.Id as string;

  before(async () => {
    moto = await startMoto();
    source = await createPool('source');
    target = await createPool('target');
    // The source pool is built by batch itself, in two runs: lines of one run go at once, and a
    // membership needs its user and group to exist.
    const creations = ['# the source pool'];
    for (let i = 0; i < USERS; i++) {
      creations.push(
        `admin-create-user --user-pool-id ${source} --username ${nameOf(i)} --message-action SUPPRESS ` +
          `--user-attributes Name=email,Value=${nameOf(i)}@example.com 'Name=name,Value=User ${i}\\, Jr.'`,
      );
    }
    creations.push(`create-group --user-pool-id ${source} --group-name admins`, `create-group --user-pool-id ${source} --group-name staff`);
    const changes: string[] = [];
    for (let i = 0; i < USERS; i += 3) changes.push(`admin-add-user-to-group --user-pool-id ${source} --username ${nameOf(i)} --group-name admins`);
    for (let i = 0; i < USERS; i += 2) changes.push(`admin-add-user-to-group --user-pool-id ${source} --username ${nameOf(i)} --group-name staff`);
    changes.push(`admin-disable-user --user-pool-id ${source} --username ${nameOf(1)}`, `admin-disable-user --user-pool-id ${source} --username ${nameOf(5)}`);
    for (const [name, lines] of Object.entries({ creations, changes })) {
      const file = join(dir, `${name}.txt`);
      writeFileSync(file, `${lines.join('\n')}\n`);
      const result = await runBin(['batch', '--file', file, '--concurrency', '4', '--endpoint-url', moto.endpoint], testEnv());
      assert.equal(result.code, 0, result.stdout + result.stderr);
    }
  });
  after(() => moto?.stop());

  const groupsOf = (i: number) => [...(i % 3 === 0 ? ['admins'] : []), ...(i % 2 === 0 ? ['staff'] : [])].sort();

  test('batch prints one record per line, in input order, each with the line number of the file', async () => {
    const lines = [
      `list-groups --user-pool-id ${source} --query 'Groups[].GroupName'`,
      '',
      `admin-get-user --user-pool-id ${source} --username ${nameOf(3)} --query Username`,
    ].join('\n');
    const result = await runBin(['batch', '--endpoint-url', moto.endpoint], testEnv(), lines);
    assert.equal(result.code, 0, result.stderr);
    const records = jsonLines(result.stdout);
    assert.deepEqual(records.map((record) => [record.Line, record.ExitCode]), [[1, 0], [3, 0]]);
    assert.deepEqual([...records[0].Output].sort(), ['admins', 'staff']);
    assert.equal(records[1].Output, nameOf(3));
  });

  test("batch's --query applies to every line that has none of its own", async () => {
    const lines = [`list-groups --user-pool-id ${source}`, `admin-get-user --user-pool-id ${source} --username ${nameOf(3)} --query Username`];
    const result = await runBin(['batch', '--query', 'Groups[].GroupName', '--endpoint-url', moto.endpoint], testEnv(), lines.join('\n'));
    assert.equal(result.code, 0, result.stderr);
    const records = jsonLines(result.stdout);
    assert.deepEqual([...records[0].Output].sort(), ['admins', 'staff']);
    assert.equal(records[1].Output, nameOf(3));
  });

  test('batch stops at the first failure, or runs every line with --continue-on-error', async () => {
    const lines = [
      `admin-get-user --user-pool-id ${source} --username nobody`,
      `admin-get-user --user-pool-id ${source} --username ${nameOf(2)} --query Username`,
    ].join('\n');
    const stopped = await runBin(['batch', '--concurrency', '1', '--endpoint-url', moto.endpoint], testEnv(), lines);
    assert.equal(stopped.code, 254);
    const first = jsonLines(stopped.stdout);
    assert.equal(first.length, 1);
    assert.equal(first[0].ExitCode, 254);
    assert.match(first[0].Error, /UserNotFoundException/);
    const all = await runBin(['batch', '--continue-on-error', '--endpoint-url', moto.endpoint], testEnv(), lines);
    assert.equal(all.code, 254);
    assert.deepEqual(jsonLines(all.stdout).map((record) => record.ExitCode), [254, 0]);
  });

  test('export-users gives each user once, with attributes, state and groups', async () => {
    const result = await run(['export-users', '--user-pool-id', source]);
    assert.equal(result.code, 0, result.stderr);
    const users = jsonLines(result.stdout);
    assert.equal(users.length, USERS);
    assert.deepEqual(users.map((user) => user.Username).sort(), Array.from({ length: USERS }, (_, i) => nameOf(i)));
    for (const user of users) {
      const i = Number(user.Username.slice(4));
      assert.deepEqual([...user.Groups].sort(), groupsOf(i), user.Username);
      assert.equal(user.Enabled, i !== 1 && i !== 5, user.Username);
      assert.ok(user.Attributes.some((a: { Name: string; Value: string }) => a.Name === 'email' && a.Value === `${user.Username}@example.com`));
    }
  });

  test('export-users --format csv writes a header and one row per user, quoted as CSV needs', async () => {
    const file = join(dir, 'users.csv');
    const result = await run(['export-users', '--user-pool-id', source, '--format', 'csv', '--output-file', file]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '');
    const rows = readFileSync(file, 'utf8').trim().split('\n');
    assert.equal(rows.length, USERS + 1);
    assert.ok(rows[0].split(',').includes('cognito:username'));
    assert.ok(rows.some((row) => row.includes('"User 4, Jr."')));
  });

  test('--query is applied to each user, whatever --output says; with --format csv it is refused', async () => {
    const result = await run(['export-users', '--user-pool-id', source, '--query', '{User: Username, Groups: length(Groups)}', '--output', 'text']);
    assert.equal(result.code, 0, result.stderr);
    const records = jsonLines(result.stdout);
    assert.equal(records.length, USERS);
    for (const record of records) assert.deepEqual(record, { User: record.User, Groups: groupsOf(Number(record.User.slice(4))).length });
    const csv = await run(['export-users', '--user-pool-id', source, '--format', 'csv', '--query', 'Username']);
    assert.equal(csv.code, 252);
    assert.match(csv.stderr, /^\n--query applies to each user in --format jsonl and json, not in --format csv\n$/);
    assert.equal(csv.stdout, '');
  });

  test('restore-users lists the lines it could not restore and exits 1', async () => {
    const file = join(dir, 'partly.jsonl');
    writeFileSync(file, '{"Username": "restored-one", "Attributes": [], "Enabled": true, "Groups": []}\nnot json\n');
    const pool = await createPool('partly');
    const result = await run(['restore-users', '--user-pool-id', pool, '--input-file', file]);
    assert.equal(result.code, 1, result.stderr);
    const summary = JSON.parse(result.stdout);
    assert.equal(summary.Created, 1);
    assert.deepEqual(summary.Failed.map((failure: { Username: string }) => failure.Username), ['line 2']);
  });

  test('more calls in flight than Node allows listeners by default print nothing on stderr', async () => {
    const exported = await run(['export-users', '--user-pool-id', source, '--segments', '16']);
    assert.equal(exported.code, 0, exported.stderr);
    assert.equal(exported.stderr, '');
    assert.equal(jsonLines(exported.stdout).length, USERS);
    const lines = Array.from({ length: USERS }, (_, i) => `admin-get-user --user-pool-id ${source} --username ${nameOf(i)} --query Username`);
    const batch = await runBin(['batch', '--concurrency', '16', '--endpoint-url', moto.endpoint], testEnv(), lines.join('\n'));
    assert.equal(batch.code, 0, batch.stderr);
    assert.equal(batch.stderr, '');
  });

  test('restore-users rebuilds the users, states and memberships in an empty pool; a second run creates nothing', async () => {
    const file = join(dir, 'users.jsonl');
    assert.equal((await run(['export-users', '--user-pool-id', source, '--output-file', file])).code, 0);
    const first = await run(['restore-users', '--user-pool-id', target, '--input-file', file]);
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(JSON.parse(first.stdout), { Created: USERS, Skipped: 0, Failed: [] });
    const copied = jsonLines((await run(['export-users', '--user-pool-id', target])).stdout);
    assert.equal(copied.length, USERS);
    for (const user of copied) {
      const i = Number(user.Username.slice(4));
      assert.deepEqual([...user.Groups].sort(), groupsOf(i), user.Username);
      assert.equal(user.Enabled, i !== 1 && i !== 5, user.Username);
      assert.ok(user.Attributes.some((a: { Name: string; Value: string }) => a.Name === 'name' && a.Value === `User ${i}, Jr.`));
    }
    const second = await run(['restore-users', '--user-pool-id', target, '--input-file', file]);
    assert.equal(second.code, 0, second.stderr);
    assert.deepEqual(JSON.parse(second.stdout), { Created: 0, Skipped: USERS, Failed: [] });
  });
});

describe('import-users through the bin, on the fake of the import operations', () => {
  const header = ['name', 'email', 'email_verified', 'cognito:mfa_enabled', 'cognito:username'];
  let service: FakeImportService;
  before(async () => (service = await startFakeImportService(header)));
  after(() => service?.stop());
  const importUsers = (file: string) =>
    runBin(
      ['import-users', '--user-pool-id', 'us-east-1_fake', '--csv-file', file, '--cloud-watch-logs-role-arn', 'arn:aws:iam::1:role/import', '--endpoint-url', service.endpoint],
      testEnv(),
    );

  test('uploads the file byte for byte with the KMS header and follows the job to Succeeded', async () => {
    const text = 'cognito:username,name,email,email_verified,cognito:mfa_enabled\ndiego,"Diego, Jr.",diego@example.com,true,false\n';
    const file = join(dir, 'import.csv');
    writeFileSync(file, text);
    const result = await importUsers(file);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).UserImportJob.Status, 'Succeeded');
    const upload = service.uploads.at(-1)!;
    assert.equal(upload.body.toString('utf8'), text);
    assert.equal(upload.headers['x-amz-server-side-encryption'], 'aws:kms');
  });

  test('a CSV with a bad header is refused before any job exists, naming the columns (252)', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'cognito:username,name,phone\ndiego,Diego,+1555\n');
    const jobs = service.jobs.size;
    const result = await importUsers(file);
    assert.equal(result.code, 252);
    assert.match(result.stderr, /missing columns: email, email_verified, cognito:mfa_enabled; unknown columns: phone/);
    assert.equal(service.jobs.size, jobs);
  });
});
