/**
 * Every seed example of an operation moto implements runs against moto, with the state it needs set
 * up first: it succeeds and prints output of the documented shape (same keys and JSON types).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { requireMoto, startMoto, type Emulator } from '../support/emulators.js';
import { runCli } from '../../support/run-cli.js';
import { motoCaller, prepareExample } from './support/moto-state.js';
import { shapeDifferences } from './support/output-shape.js';
import { readFixture } from '../../../harness/seeds/seed-fixture.js';

/** The seed operations moto's server implements; the others are covered by requests.test.ts. */
const MOTO_OPERATIONS = new Set([
  'add-custom-attributes', 'admin-add-user-to-group', 'admin-confirm-sign-up', 'admin-create-user', 'admin-delete-user',
  'admin-delete-user-attributes', 'admin-disable-user', 'admin-enable-user', 'admin-get-user', 'admin-initiate-auth',
  'admin-list-groups-for-user', 'admin-remove-user-from-group', 'admin-reset-user-password', 'admin-set-user-mfa-preference',
  'admin-update-user-attributes', 'change-password', 'confirm-forgot-password', 'confirm-sign-up', 'create-group',
  'create-user-pool', 'create-user-pool-client', 'create-user-pool-domain', 'delete-group', 'delete-identity-provider',
  'delete-user-pool', 'delete-user-pool-client', 'delete-user-pool-domain', 'describe-identity-provider',
  'describe-resource-server', 'describe-user-pool', 'describe-user-pool-client', 'describe-user-pool-domain',
  'forgot-password', 'get-group', 'list-user-pools', 'list-users', 'list-users-in-group', 'respond-to-auth-challenge',
  'set-user-mfa-preference', 'sign-up', 'update-group', 'update-user-attributes', 'update-user-pool', 'update-user-pool-client',
]);

const examples = (readFixture() ?? []).filter((example) => MOTO_OPERATIONS.has(example.operation) && example.aws?.exitCode === 0);

describe('seed examples against moto', { skip: !requireMoto() }, () => {
  let moto: Emulator;
  before(async () => (moto = await startMoto()));
  after(() => moto?.stop());

  for (const example of examples) {
    test(`${example.source.slice(0, 3)} ${example.id}`, async () => {
      await moto.reset();
      const argv = await prepareExample(example, motoCaller(moto.endpoint));
      const result = await runCli([...argv, '--endpoint-url', moto.endpoint]);
      assert.equal(result.code, 0, result.stderr);
      if (example.output === null) assert.equal(result.stdout, '');
      if (example.output === undefined || example.output === null) return;
      const output = JSON.parse(result.stdout) as Record<string, unknown>;
      // Moto leaves out some members the documentation shows and the service has added members
      // since: every member both have must be of the same JSON type, every documented top-level
      // member must be there.
      const differences = shapeDifferences(output, example.output);
      assert.deepEqual(differences.filter((d) => d.problem.includes(' where ')), []);
      assert.deepEqual(
        Object.keys(example.output as object).filter((key) => !(key in output)),
        [],
        'documented top-level members missing',
      );
    });
  }
});
