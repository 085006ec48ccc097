import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commandNames } from '../../src/commands/index.js';
import { groupOperations, operationGroups } from '../../src/help/overview-page.js';
import { runCli } from '../support/run-cli.js';

test('help lists every operation once, with a summary', async () => {
  const { code, stdout } = await runCli(['help'], { COLUMNS: '200' });
  assert.equal(code, 0);
  for (const name of commandNames) {
    const lines = stdout.split('\n').filter((line) => line.trim().split(/\s+/)[0] === name);
    assert.equal(lines.length, 1, name);
    assert.match(lines[0], new RegExp(`^ {6}${name} +[A-Z]\\S*`), name);
  }
});

test('--help is the same page as help', async () => {
  const help = await runCli(['help']);
  const flag = await runCli(['--help']);
  assert.equal(flag.code, 0);
  assert.equal(flag.stdout, help.stdout);
});

test('every operation falls in a group, and every group holds some', () => {
  const groups = groupOperations(commandNames);
  assert.deepEqual([...groups.values()].flat().sort(), [...commandNames].sort());
  for (const { title } of operationGroups) assert.ok(groups.get(title)!.length > 0, title);
  assert.ok(groups.get('Administering users (admin-*)')!.includes('admin-create-user'));
  assert.ok(groups.get('Sign-up, sign-in and tokens')!.includes('initiate-auth'));
  assert.ok(groups.get('App clients')!.includes('create-user-pool-client'));
});

test('summaries fit on one line of the width', async () => {
  const { stdout } = await runCli(['help'], { COLUMNS: '80' });
  const operations = stdout.slice(stdout.indexOf('OPERATIONS'), stdout.indexOf('GLOBAL OPTIONS'));
  assert.deepEqual(operations.split('\n').filter((line) => line.length > 79), []);
});

test('--version prints the version', async () => {
  const { code, stdout } = await runCli(['--version']);
  assert.equal(code, 0);
  assert.match(stdout, /^cognito-idp\/\d+\.\d+\.\d+ Node\.js\/\d+/);
});

test('help <operation> is that operation\'s page; an unknown one gets suggestions', async () => {
  const page = await runCli(['help', 'admin-get-user']);
  assert.equal(page.code, 0);
  assert.equal(page.stdout, (await runCli(['admin-get-user', 'help'])).stdout);
  const typo = await runCli(['help', 'admin-get-usr']);
  assert.equal(typo.code, 252);
  assert.match(typo.stderr, /Invalid choice: 'admin-get-usr', maybe you meant:\n\n {2}\* admin-get-user/);
});
