import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commandNames, loadCommand } from '../../src/commands/index.js';
import { flagsOf } from '../../src/arguments/argument.js';
import { operationArguments } from '../../src/arguments/argument-table.js';
import { examplesFor, operationsWithExamples } from '../../src/help/examples.js';


test('every example is for an operation that exists and names only its options', async () => {
  assert.ok(operationsWithExamples.length > 100);
  const unknown: string[] = [];
  for (const name of operationsWithExamples) {
    assert.ok(commandNames.includes(name), name);
    const spec = (await loadCommand(name))!;
    const flags = new Set(operationArguments(spec).flatMap(flagsOf));
    for (const example of examplesFor(name)) {
      const line = example.command.join(' ');
      assert.ok(line.startsWith(`cognito-idp ${name}`), line);
      for (const flag of line.match(/(?<=\s)--[a-z0-9-]+/g) ?? []) if (!flags.has(flag)) unknown.push(`${name}: ${flag}`);
    }
  }
  assert.deepEqual(unknown, []);
});
