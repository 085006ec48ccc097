/**
 * Optional differential test: random response-shaped values through our json, text and table
 * formats and through the AWS CLI v1's own formatters (Python, installed with `aws`). Skipped,
 * saying so, where the AWS CLI is not installed; the committed fixtures cover the same rules
 * everywhere. (yaml is compared with the AWS CLI v2 in yaml-v2-differential.test.ts.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import fc from 'fast-check';
import { formatJson } from '../../../src/output/json.js';
import { formatTable } from '../../../src/output/table.js';
import { formatText } from '../../../src/output/text.js';
import { parseRawJson } from '../../../src/output/value.js';
import { format, single } from '../../output/support/in-memory.js';

const awscliInstalled = spawnSync('python3', ['-c', 'import awscli.formatter'], { stdio: 'ignore' }).status === 0;
if (!awscliInstalled) console.log('# the AWS CLI (python awscli) is not installed: differential output test skipped');

// As in a service model, a member is always a scalar or always a container.
const scalarKey = fc.constantFrom('Name', 'Value', 'Id', 'Enabled', 'a', 'B', 'ñame');
const containerKey = fc.constantFrom('Attributes', 'Users', 'Groups', 'Zeta', '名前');
const text = fc.oneof(
  fc.constantFrom('', 'diego', 'Diego Ramírez', '管理者', 'CONFIRMED', 'a b  c', 'x-y_z', '+15555551212', '“quoted”'),
  fc.string({ maxLength: 12 }).filter((s) => !/[\n\r\t\x00-\x1f\x7f-\x9f\u2028\u2029]/.test(s)),
);
const scalar = fc.oneof(
  text,
  fc.integer({ min: -1e6, max: 2e9 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 }),
  fc.boolean(),
  fc.constant(null),
);

// Lists hold either structures only or non-structures only, as service responses do (awscli
// itself fails on a list mixing the two).
const { object } = fc.letrec((tie) => ({
  object: fc
    .tuple(fc.dictionary(scalarKey, scalar, { maxKeys: 4 }), fc.dictionary(containerKey, tie('container'), { maxKeys: 2 }))
    .map(([scalars, containers]) => ({ ...scalars, ...containers })),
  // Past the depth limit the first choice, a list of scalars, ends the nesting.
  container: fc.oneof({ maxDepth: 4, depthIdentifier: 'nesting' }, fc.array(scalar, { maxLength: 3 }), tie('object'), tie('list')),
  list: fc.oneof(
    { depthIdentifier: 'nesting' },
    fc.array(tie('object'), { maxLength: 4 }),
    fc.array(fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), { maxLength: 4 }),
  ),
}));
const response = object;

test('json, text and table match the AWS CLI formatters on random values', { skip: !awscliInstalled }, async () => {
  const samples = fc.sample(fc.record({ value: response, width: fc.integer({ min: 20, max: 200 }) }), { numRuns: 300, seed: 20261122 });
  const lines = samples.map((sample) => JSON.stringify(sample));
  const helper = fileURLToPath(new URL('./support/awscli-format.py', import.meta.url));
  const python = spawnSync('python3', [helper], { input: `${lines.join('\n')}\n`, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  assert.equal(python.status, 0, python.stderr);
  const answers = python.stdout.trim().split('\n').map((line) => JSON.parse(line) as { json: string; text: string; table?: string; tableError?: string });
  for (const [i, line] of lines.entries()) {
    const sample = parseRawJson(line) as { value: never };
    const { width } = samples[i];
    const answer = answers[i];
    assert.equal(await format(formatJson, single(sample.value)), answer.json, `json of ${line}`);
    assert.equal(await format(formatText, single(sample.value)), answer.text, `text of ${line}`);
    if (answer.tableError !== undefined) {
      await assert.rejects(format(formatTable, single(sample.value), { width }), { message: answer.tableError }, `table of ${line}`);
    } else {
      assert.equal(await format(formatTable, single(sample.value), { width }), answer.table, `table of ${line}`);
    }
  }
});
