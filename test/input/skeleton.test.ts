/** --generate-cli-skeleton against what the AWS CLI v1 printed (fixtures/aws-skeletons.json). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { runCli, testEnv } from '../support/run-cli.js';
import { loadCommand } from '../../src/commands/index.js';
import { shapes } from '../../src/commands/shapes.js';
import { pythonJson } from '../../src/output/python-json.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const recorded = JSON.parse(readFileSync(new URL('./fixtures/aws-skeletons.json', import.meta.url), 'utf8')) as {
  input: Record<string, string>;
  output: { args: string[]; stdout: string }[];
};

// No endpoint, region or credentials are needed: nothing is sent.
const env = testEnv({ AWS_DEFAULT_REGION: undefined, AWS_ACCESS_KEY_ID: undefined, AWS_ENDPOINT_URL: 'http://127.0.0.1:9' });

/**
 * Our model is the SDK's, which is newer than the AWS CLI v1's and lists enum values in another
 * order. So: members only the SDK knows are set aside, and an enum placeholder may be any of the
 * enum's values; everything else (members, order, placeholders, layout) must match byte for byte.
 */
function alignWithRecorded(ours: unknown, theirs: unknown, shapeName: string, extra: string[], path: string): unknown {
  const shape = shapes[shapeName];
  if (shape?.type === 'string' && 'enum' in shape) {
    assert.ok(shape.enum.includes(ours as string), `${path}: ${String(ours)} is not one of ${shape.enum.join(', ')}`);
    return theirs;
  }
  if (shape?.type === 'structure' && isObject(ours) && isObject(theirs)) {
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(ours)) {
      if (key in theirs) result[key] = alignWithRecorded(value, theirs[key], shape.members[key].shape, extra, `${path}.${key}`);
      else extra.push(`${path}.${key}`);
    }
    return result;
  }
  if (shape?.type === 'list' && Array.isArray(ours) && Array.isArray(theirs)) {
    return ours.map((item, i) => alignWithRecorded(item, theirs[i], shape.member.shape, extra, `${path}[]`));
  }
  if (shape?.type === 'map' && isObject(ours) && isObject(theirs)) {
    return { KeyName: alignWithRecorded(ours.KeyName, theirs.KeyName, shape.value.shape, extra, `${path}{}`) };
  }
  return ours;
}

describe('--generate-cli-skeleton input prints what the AWS CLI prints', () => {
  const newerMembers: string[] = [];
  for (const [operation, expected] of Object.entries(recorded.input)) {
    test(operation, async () => {
      const result = await runCli([operation, '--generate-cli-skeleton'], env);
      assert.equal(result.code, 0, result.stderr);
      const command = (await loadCommand(operation))!;
      const aligned = alignWithRecorded(JSON.parse(result.stdout), JSON.parse(expected), command.input, newerMembers, operation);
      assert.equal(`${pythonJson(aligned)}\n`, expected);
    });
  }
  test('most skeletons match without setting anything aside', async () => {
    const exact = (await Promise.all(
      Object.entries(recorded.input).map(async ([op, expected]) => (await runCli([op, '--generate-cli-skeleton'], env)).stdout === expected),
    )).filter(Boolean).length;
    assert.ok(exact >= 90, `${exact} exact`);
    assert.ok(newerMembers.length < 30, newerMembers.join(', '));
  });
});

test('--generate-cli-skeleton output prints a sample response without calling', async () => {
  for (const { args, stdout } of recorded.output) {
    const result = await runCli([...args, '--generate-cli-skeleton', 'output'], env);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, stdout, args[0]);
  }
});

test('--generate-cli-skeleton output still wants the required parameters', async () => {
  const result = await runCli(['list-users', '--generate-cli-skeleton', 'output'], env);
  assert.equal(result.code, 252);
  assert.match(result.stderr, /the following arguments are required: --user-pool-id/);
});

test('--generate-cli-skeleton yaml-input is the input skeleton in YAML, required members marked', async () => {
  const result = await runCli(['admin-create-user', '--generate-cli-skeleton', 'yaml-input'], env);
  assert.equal(result.code, 0, result.stderr);
  const json = await runCli(['admin-create-user', '--generate-cli-skeleton', 'input'], env);
  assert.deepEqual(parse(result.stdout), JSON.parse(json.stdout));
  assert.match(result.stdout, /^UserPoolId: '' # \[REQUIRED\]$/m);
  assert.match(result.stdout, /^TemporaryPassword: ''$/m);
  assert.match(result.stdout, /^UserAttributes:\n- Name: ''\n  Value: ''$/m);
});

test('an unknown skeleton kind is a parameter error', async () => {
  const result = await runCli(['list-users', '--generate-cli-skeleton', 'xml'], env);
  assert.equal(result.code, 252);
  assert.match(result.stderr, /cognito-idp: error: argument --generate-cli-skeleton: Invalid choice, valid choices are:\n\ninput {35} \| output {34}\nyaml-input {30}\n$/);
});
