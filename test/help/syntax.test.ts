/**
 * Our shorthand and JSON templates against the AWS CLI's own (recorded from `aws <op> help` by
 * tools/record-help-syntax.mjs). The SDK can be newer than the recorded AWS CLI: a parameter
 * whose members or enum values differ between the two models is left out of the comparison, and enum values
 * are compared as sets (the shape table keeps them sorted).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadCommand } from '../../src/commands/index.js';
import { jsonTemplate, scalarListTemplate, shorthandTemplate } from '../../src/help/syntax.js';
import recorded from '../fixtures/help-syntax.json' with { type: 'json' };

type Blocks = { shorthand?: string; json?: string };

const sortEnums = (text: string) => text.replace(/"[\w.:-]+"(\|"[\w.:-]+")+/g, (list) => list.split('|').sort().join('|'));
/** The names and enum values a JSON template mentions: equal when both models agree. */
const modelWords = (json: string) => [...new Set(json.match(/"[\w.:-]+"/g) ?? [])].sort().join(',');

test('shorthand and JSON templates match the AWS CLI', async () => {
  let compared = 0;
  let skipped = 0;
  const differences: string[] = [];
  for (const [operation, params] of Object.entries(recorded as Record<string, Record<string, Blocks>>)) {
    const spec = await loadCommand(operation);
    assert.ok(spec, operation);
    for (const [name, blocks] of Object.entries(params)) {
      const param = spec.parameters.find((p) => p.name === name);
      assert.ok(param, `${operation} --${name}`);
      const ourJson = jsonTemplate(param.shape);
      if (blocks.json !== undefined && modelWords(blocks.json) !== modelWords(ourJson)) {
        skipped++;
        continue;
      }
      if (blocks.json !== undefined) {
        compared++;
        if (sortEnums(ourJson) !== sortEnums(blocks.json)) differences.push(`${operation} --${name} JSON`);
      }
      if (blocks.shorthand !== undefined) {
        compared++;
        if (shorthandTemplate(param.shape) !== blocks.shorthand) differences.push(`${operation} --${name} shorthand`);
      }
    }
  }
  assert.deepEqual(differences, []);
  assert.ok(compared > 150, `compared ${compared}`);
  assert.ok(skipped < compared / 10, `skipped ${skipped} of ${compared + skipped}`);
});

test('parameters the AWS CLI gives no shorthand have none here', () => {
  assert.equal(shorthandTemplate('string'), undefined);
  assert.equal(shorthandTemplate('AttributeNameListType'), undefined);
  assert.equal(scalarListTemplate('AttributeNameListType'), '"string" "string" ...');
  assert.equal(scalarListTemplate('AttributeListType'), undefined);
});
