import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { requireMoto, startMoto, type Emulator } from '../support/emulators.js';
import { runCli } from '../../support/run-cli.js';

describe('an admin session against moto', { skip: !requireMoto() }, () => {
  let moto: Emulator;
  before(async () => (moto = await startMoto()));
  after(() => moto?.stop());

  const cli = async (...args: string[]) => {
    const result = await runCli([...args, '--endpoint-url', moto.endpoint]);
    assert.equal(result.code, 0, result.stderr);
    return result.stdout;
  };

  test('pool, client, user and group round trip with the AWS CLI JSON layout', async () => {
    const pool = JSON.parse(await cli('create-user-pool', '--pool-name', 'MyUserPool'));
    const poolId: string = pool.UserPool.Id;
    assert.equal(pool.UserPool.Name, 'MyUserPool');

    const created = await cli(
      'admin-create-user', '--user-pool-id', poolId, '--username', 'diego',
      '--user-attributes', 'Name=email,Value=diego@example.com', 'Name=phone_number,Value=+15555551212',
      '--message-action', 'SUPPRESS',
    );
    assert.match(created, /^\{\n {4}"User": \{\n {8}"Username": "diego",\n {8}"Attributes": \[/);
    assert.match(created, /"UserCreateDate": \d+\.\d+,/);
    const user = JSON.parse(created).User;
    assert.deepEqual(Object.keys(user).slice(0, 6), ['Username', 'Attributes', 'UserCreateDate', 'UserLastModifiedDate', 'Enabled', 'UserStatus']);
    assert.ok(user.Attributes.some((a: { Name: string; Value: string }) => a.Name === 'email' && a.Value === 'diego@example.com'));

    await cli('create-group', '--user-pool-id', poolId, '--group-name', 'admins', '--precedence', '2');
    assert.equal(await cli('admin-add-user-to-group', '--user-pool-id', poolId, '--username', 'diego', '--group-name', 'admins'), '');
    const groups = JSON.parse(await cli('admin-list-groups-for-user', '--user-pool-id', poolId, '--username', 'diego'));
    assert.deepEqual(groups.Groups.map((g: { GroupName: string }) => g.GroupName), ['admins']);
    assert.equal(groups.Groups[0].Precedence, 2);

    const client = JSON.parse(
      await cli('create-user-pool-client', '--user-pool-id', poolId, '--client-name', 'app', '--no-generate-secret',
        '--explicit-auth-flows', 'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'),
    );
    assert.deepEqual(client.UserPoolClient.ExplicitAuthFlows, ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
    assert.equal(client.UserPoolClient.ClientSecret, undefined);
  });

  test('a service error from moto is exit 254', async () => {
    const result = await runCli(['admin-get-user', '--user-pool-id', 'us-east-1_nope', '--username', 'x', '--endpoint-url', moto.endpoint]);
    assert.equal(result.code, 254);
    assert.match(result.stderr, /^An error occurred \(ResourceNotFoundException\) when calling the AdminGetUser operation: /);
  });
});
