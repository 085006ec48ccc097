import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commandNames, loadCommand } from '../../src/commands/index.js';
import { globalOptionSpecs } from '../../src/config/global-options.js';
import { examplesFor, operationsWithExamples } from '../../src/help/examples.js';

// The AWS CLI's options for whole-request input, which its examples use.
const inputFlags = ['--cli-input-json', '--cli-input-yaml', '--generate-cli-skeleton'];
const globalFlags = [...globalOptionSpecs.map((spec) => spec.flags.split(' ')[0]), ...inputFlags];

test('every example is for an operation that exists and names only its options', async () => {
  assert.ok(operationsWithExamples.length > 100);
  const unknown: string[] = [];
  for (const name of operationsWithExamples) {
    assert.ok(commandNames.includes(name), name);
    const spec = (await loadCommand(name))!;
    const flags = new Set([
      ...spec.parameters.flatMap((p) => [`--${p.name}`, `--no-${p.name}`]),
      ...globalFlags,
      ...(spec.paginator ? ['--starting-token', '--page-size', '--max-items'] : []),
    ]);
    for (const example of examplesFor(name)) {
      const line = example.command.join(' ');
      assert.ok(line.startsWith(`cognito-idp ${name}`), line);
      for (const flag of line.match(/(?<=\s)--[a-z0-9-]+/g) ?? []) if (!flags.has(flag)) unknown.push(`${name}: ${flag}`);
    }
  }
  assert.deepEqual(unknown, []);
});
