import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as sdk from '@aws-sdk/client-cognito-identity-provider';
import { commandNames, loadCommand } from '../../src/commands/index.js';
import { staleCommandFiles } from '../../src/generator/check.js';

test('src/commands/ equals a fresh run of the generator', async () => {
  assert.deepEqual(await staleCommandFiles(), [], 'run `npm run generate` and commit the result');
});

test('there is one command for each operation of the SDK', async () => {
  const sdkOperations = Object.keys(sdk)
    .filter((name) => name.endsWith('Command') && name !== '$Command')
    .map((name) => name.slice(0, -'Command'.length))
    .sort();
  const ours = (await Promise.all(commandNames.map((name) => loadCommand(name)))).map((spec) => spec!.operation).sort();
  assert.deepEqual(ours, sdkOperations);
  assert.equal(ours.length, 140);
});

test('a command module declares its parameters with types and required markers', async () => {
  const spec = await loadCommand('admin-create-user');
  assert.equal(spec?.operation, 'AdminCreateUser');
  assert.deepEqual(
    spec?.parameters.filter((p) => p.required).map((p) => p.name),
    ['user-pool-id', 'username'],
  );
  assert.equal(spec?.parameters.find((p) => p.name === 'user-attributes')?.shape, 'AttributeListType');
  const listUsers = await loadCommand('list-users');
  assert.deepEqual(listUsers?.paginator, {
    inputToken: 'PaginationToken',
    outputToken: 'PaginationToken',
    limitKey: 'Limit',
    resultKeys: ['Users'],
  });
});

test('operations the service takes without credentials are marked unsigned', async () => {
  assert.equal((await loadCommand('initiate-auth'))?.signed, false);
  assert.equal((await loadCommand('sign-up'))?.signed, false);
  assert.equal((await loadCommand('admin-initiate-auth'))?.signed, true);
});

test('an unknown name loads nothing', async () => {
  assert.equal(await loadCommand('constructor'), undefined);
  assert.equal(await loadCommand('admin-get-usr'), undefined);
});
