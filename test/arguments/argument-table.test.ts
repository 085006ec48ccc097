/** The parser, help and completion read one argument table: what one accepts, the others show. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOf } from '../../src/arguments/argument.js';
import { operationArguments } from '../../src/arguments/argument-table.js';
import { parseArguments } from '../../src/cli/command-line.js';
import { commandNames, loadCommand } from '../../src/commands/index.js';
import { completionModel } from '../../src/completion/model.js';
import { operationPage } from '../../src/help/operation-page.js';
import { Page } from '../../src/help/page.js';
import type { OperationSpec } from '../../src/model/types.js';

const specs = await Promise.all(commandNames.map((name) => loadCommand(name) as Promise<OperationSpec>));

test('every flag of every operation is accepted by the parser', () => {
  for (const spec of specs) {
    for (const argument of operationArguments(spec)) {
      for (const flag of flagsOf(argument)) {
        const words = argument.arity === 'none' || argument.arity === 'optional' ? [flag] : [flag, argument.choices?.[0] ?? '1'];
        assert.doesNotThrow(() => parseArguments(spec.name, operationArguments(spec), words), `${spec.name} ${flag}`);
      }
    }
  }
});

test('help lists every flag the parser accepts, and no other', () => {
  for (const spec of specs) {
    const text = operationPage(spec, null, new Page(100, false));
    const synopsis = text.slice(text.indexOf('SYNOPSIS'), text.indexOf('OPTIONS'));
    const shown = new Set(synopsis.match(/--[a-z0-9-]+/g));
    assert.deepEqual(shown, new Set(operationArguments(spec).flatMap(flagsOf)), spec.name);
    for (const flag of shown) assert.ok(text.slice(text.indexOf('OPTIONS')).includes(flag), `${spec.name}: ${flag} described`);
  }
});

test('completion offers every flag the parser accepts, and no other', async () => {
  const model = await completionModel();
  const globals = model.globals.map((option) => option.flag);
  for (const spec of specs) {
    const offered = model.operations.find((operation) => operation.name === spec.name)!.options.map((option) => option.flag);
    assert.deepEqual(new Set([...offered, ...globals]), new Set(operationArguments(spec).flatMap(flagsOf)), spec.name);
  }
});

test('request-file and skeleton options are in help and completion', async () => {
  const spec = specs.find((s) => s.name === 'admin-create-user')!;
  const text = operationPage(spec, null, new Page(100, false));
  const model = await completionModel();
  const offered = model.operations.find((operation) => operation.name === 'admin-create-user')!.options.map((o) => o.flag);
  for (const flag of ['--cli-input-json', '--cli-input-yaml', '--generate-cli-skeleton']) {
    assert.ok(text.includes(flag), flag);
    assert.ok(offered.includes(flag), flag);
  }
});
