import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commandNames, loadCommand } from '../../src/commands/index.js';
import { shapes } from '../../src/commands/shapes.js';
import { stripMarkers } from '../../src/docs/doc-blocks.js';
import { loadDocs, memberDoc } from '../../src/docs/load-docs.js';
import type { OperationSpec } from '../../src/model/types.js';
import { runCli } from '../support/run-cli.js';

const specs = (await Promise.all(commandNames.map((name) => loadCommand(name)))) as OperationSpec[];

/** The text of one option's section: from its heading line to the next option's. */
function optionSection(page: string, flag: string): string {
  const lines = page.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`    ${flag} `));
  assert.notEqual(start, -1, `no section for ${flag}`);
  const end = lines.findIndex((line, i) => i > start && /^ {4}(--|\S)/.test(line));
  return lines.slice(start, end).join('\n');
}

test('every operation has a help page documenting every parameter with its syntax', async () => {
  const docs = loadDocs();
  assert.ok(docs, 'dist/docs.json is built');
  let documented = 0;
  for (const spec of specs) {
    const { code, stdout, stderr } = await runCli([spec.name, 'help']);
    assert.equal(code, 0, `${spec.name}: ${stderr}`);
    assert.match(stdout, new RegExp(`^NAME\\n    ${spec.name} - \\S`), spec.name);
    for (const heading of ['DESCRIPTION', 'SYNOPSIS', 'OPTIONS', 'GLOBAL OPTIONS', 'OUTPUT']) {
      assert.match(stdout, new RegExp(`^${heading}$`, 'm'), `${spec.name}: ${heading}`);
    }
    for (const param of spec.parameters) {
      const flag = param.shape === 'boolean' ? `--${param.name} | --no-${param.name}` : `--${param.name}`;
      const section = optionSection(stdout, flag);
      const shape = shapes[param.shape];
      const type = shape?.type ?? param.shape;
      assert.ok(section.startsWith(`    ${flag} (${type})${param.required ? ' [required]' : ''}`), `${spec.name} ${flag}: ${section.split('\n')[0]}`);
      assert.ok(stdout.includes(param.required ? `\n        ${flag.replace(' | ', ' | ')}` : `[${flag}`), `${spec.name}: synopsis lists ${flag}`);
      const doc = memberDoc(docs, spec.input, param.member);
      if (doc.length) {
        const opening = stripMarkers(doc[0].t).split(' ').slice(0, 8).join(' ');
        assert.ok(section.replace(/\s+/g, ' ').includes(opening), `${spec.name} ${flag}: documentation "${opening}"`);
        documented++;
      }
      if (shape && 'enum' in shape) {
        for (const value of shape.enum) assert.ok(section.includes(`* ${value}`), `${spec.name} ${flag}: enum value ${value}`);
      }
      if (type === 'structure' || type === 'map' || (type === 'list' && !['string', 'integer', 'boolean'].includes(shapes[(shape as { member: { shape: string } }).member.shape]?.type ?? (shape as { member: { shape: string } }).member.shape))) {
        assert.ok(section.includes('JSON Syntax:'), `${spec.name} ${flag}: JSON syntax`);
      }
      if (type === 'list' && section.includes('Syntax:\n') && !section.includes('JSON Syntax')) {
        assert.match(section, /Syntax:\n +"?\w+"? "?\w+"? \.\.\./, `${spec.name} ${flag}: list syntax`);
      }
    }
  }
  const total = specs.reduce((sum, spec) => sum + spec.parameters.length, 0);
  assert.ok(documented > total * 0.95, `${documented} of ${total} parameters documented`);
});

test('a parameter documentation comes from the SDK, wrapped to the width', async () => {
  const { stdout } = await runCli(['admin-create-user', 'help'], { COLUMNS: '60' });
  const section = optionSection(stdout, '--user-pool-id');
  assert.match(section.replace(/\s+/g, ' '), /The ID of the user pool where you want to create a user\./);
  const description = stdout.slice(stdout.indexOf('DESCRIPTION\n'), stdout.indexOf('\nSYNOPSIS\n')).split('\n');
  const prose = description.filter((line) => !line.includes('http'));
  assert.ok(prose.some((line) => line.length > 45), 'wraps near the width, not far before it');
  assert.deepEqual(prose.filter((line) => line.length > 59), []);
});

test('a structure parameter shows its members, shorthand and JSON templates', async () => {
  const { stdout } = await runCli(['admin-create-user', 'help']);
  const section = optionSection(stdout, '--user-attributes');
  assert.match(section, /\(structure\)\n +The name and value of a user attribute\./);
  assert.match(section, /Name -> \(string\) \[required\]/);
  assert.match(section, /Shorthand Syntax:\n {10}Name=string,Value=string \.\.\./);
  assert.match(section, /JSON Syntax:\n {10}\[\n {12}\{\n {14}"Name": "string",\n {14}"Value": "string"\n {12}\}\n {12}\.\.\.\n {10}\]/);
});

test('a list of enums shows its words and valid values', async () => {
  const { stdout } = await runCli(['admin-create-user', 'help']);
  const section = optionSection(stdout, '--desired-delivery-mediums');
  const values = (shapes.DeliveryMediumType as { enum: string[] }).enum;
  assert.deepEqual([...values].sort(), ['EMAIL', 'SMS']);
  assert.match(section, new RegExp(`Syntax:\\n +"string" "string" \\.\\.\\.\\n +Where valid values are:\\n +${values.join('\\n +')}`));
  assert.equal(section.match(/EMAIL\n/g)?.length, 1);
});

test('--help works like help, and so does help after other options', async () => {
  const viaWord = await runCli(['admin-get-user', 'help']);
  const viaFlag = await runCli(['admin-get-user', '--help']);
  const later = await runCli(['admin-get-user', '--user-pool-id', 'p', '--help']);
  assert.equal(viaFlag.code, 0);
  assert.equal(viaFlag.stdout, viaWord.stdout);
  assert.equal(later.stdout, viaWord.stdout);
});

test('paginated operations document the pagination options', async () => {
  const { stdout } = await runCli(['list-users', 'help']);
  for (const flag of ['--starting-token', '--page-size', '--max-items']) assert.ok(stdout.includes(`[${flag} <value>]`), flag);
  const unpaginated = await runCli(['admin-get-user', 'help']);
  assert.ok(!unpaginated.stdout.includes('--max-items'));
});

test('examples: the AWS CLI example command lines are shown', async () => {
  const { stdout } = await runCli(['admin-create-user', 'help']);
  assert.match(stdout, /^EXAMPLES\n\n {4}To create a user\n {8}cognito-idp admin-create-user \\\n {12}--user-pool-id us-west-2_aaaaaaaaa \\/m);
});

test('the output shape is documented', async () => {
  const { stdout } = await runCli(['admin-create-user', 'help']);
  const output = stdout.slice(stdout.indexOf('\nOUTPUT\n'));
  assert.match(output, /User -> \(structure\)\n +The new user's profile details\./);
  assert.match(output, /UserStatus -> \(string\)/);
  assert.match(output, /\* FORCE_CHANGE_PASSWORD/);
  const none = await runCli(['admin-delete-user', 'help']);
  assert.match(none.stdout, /\nOUTPUT\n {4}None\n$/);
});

test('no bold or underline escapes when not on a terminal', async () => {
  const { stdout } = await runCli(['admin-create-user', 'help']);
  assert.doesNotMatch(stdout, /[\u0000-\u0008\u001b]/);
});
