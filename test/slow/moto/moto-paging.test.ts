/**
 * Paging against moto with more than one page of everything: 130 users, 70 pools, 12 groups.
 * Where `aws` is installed, an optional differential part compares the two CLIs on the same pool.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { requireMoto, startMoto, type Emulator } from '../support/emulators.js';
import { cognito, seedPool } from '../../../harness/moto-seed.js';
import { runCli, runProcess, testEnv } from '../../support/run-cli.js';

const awsInstalled = spawnSync('aws', ['--version'], { stdio: 'ignore' }).status === 0;

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

describe('paging against moto', { skip: !requireMoto() }, () => {
  let moto: Emulator;
  let poolId: string;

  before(async () => {
    moto = await startMoto();
    const numbers = (n: number) => Array.from({ length: n }, (_, i) => String(i).padStart(3, '0'));
    poolId = await seedPool(moto.endpoint, {
      name: 'big',
      groups: numbers(12).map((n) => `group${n}`),
      users: numbers(130).map((n) => ({ username: `user${n}` })),
    });
    await inBatches(numbers(69), 10, (n) => cognito(moto.endpoint, 'CreateUserPool', { PoolName: `pool${n}` }));
  });
  after(() => moto?.stop());

  const cli = async (...args: string[]) => {
    const result = await runCli([...args, '--endpoint-url', moto.endpoint]);
    assert.equal(result.code, 0, result.stderr);
    return JSON.parse(result.stdout);
  };
  const names = (users: { Username: string }[]) => users.map((u) => u.Username);

  test('auto-paging merges every page; --no-paginate makes one call', async () => {
    const all = await cli('list-users', '--user-pool-id', poolId);
    assert.equal(all.Users.length, 130);
    assert.equal(new Set(names(all.Users)).size, 130);
    assert.deepEqual(Object.keys(all), ['Users']);
    const one = await cli('list-users', '--user-pool-id', poolId, '--no-paginate');
    assert.equal(one.Users.length, 60);
    assert.equal(typeof one.PaginationToken, 'string');
  });

  test('--max-items and --starting-token walk the pool in chunks, each user once', async () => {
    const all = names((await cli('list-users', '--user-pool-id', poolId)).Users);
    const walked: string[] = [];
    let token: string | undefined;
    let chunks = 0;
    do {
      const page = await cli('list-users', '--user-pool-id', poolId, '--max-items', '45', '--page-size', '20',
        ...(token ? ['--starting-token', token] : []));
      walked.push(...names(page.Users));
      token = page.NextToken;
      chunks++;
    } while (token);
    assert.equal(chunks, 3);
    assert.deepEqual(walked, all);
  });

  test('groups page by --page-size; pools page by hand with --max-results and --next-token', async () => {
    const groups = await cli('list-groups', '--user-pool-id', poolId, '--page-size', '5');
    assert.equal(groups.Groups.length, 12);
    const first = await cli('list-user-pools', '--max-results', '60');
    assert.equal(first.UserPools.length, 60);
    const rest = await cli('list-user-pools', '--max-results', '60', '--next-token', first.NextToken);
    assert.equal(rest.UserPools.length, 10);
    assert.equal(rest.NextToken, undefined);
  });

  describe('compared with the AWS CLI (optional: needs `aws`)', { skip: !awsInstalled && 'aws is not installed' }, () => {
    const aws = (args: string[]) => runProcess('aws', ['cognito-idp', ...args, '--endpoint-url', moto.endpoint], testEnv());

    test('same output for paging combinations, and tokens resume across the two CLIs', async () => {
      const combos = [[], ['--max-items', '61'], ['--page-size', '25', '--max-items', '70'], ['--no-paginate']];
      for (const combo of combos) {
        const args = ['list-users', '--user-pool-id', poolId, ...combo];
        const theirs = await aws(args);
        const ours = await runCli([...args, '--endpoint-url', moto.endpoint]);
        assert.equal(ours.stdout, theirs.stdout, combo.join(' '));
      }
      const theirToken = JSON.parse((await aws(['list-users', '--user-pool-id', poolId, '--max-items', '33'])).stdout).NextToken;
      const ourToken = (await cli('list-users', '--user-pool-id', poolId, '--max-items', '33')).NextToken;
      assert.equal(ourToken, theirToken);
      const resumed = ['list-users', '--user-pool-id', poolId, '--starting-token', theirToken, '--max-items', '40'];
      assert.equal((await runCli([...resumed, '--endpoint-url', moto.endpoint])).stdout, (await aws(resumed)).stdout);
    });
  });
});
