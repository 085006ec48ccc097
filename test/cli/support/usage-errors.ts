/** The refused command lines recorded from `aws` (test/fixtures/usage-errors.json) and how cognito-idp's answer is compared with each. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { addedCommandNames } from '../../../src/added/index.js';
import { commandNames } from '../../../src/commands/index.js';
import type { CliResult } from '../../support/run-cli.js';

interface Recorded {
  name: string;
  args: string[];
  code: number;
  stderr: string;
}

export const fixture = JSON.parse(readFileSync(new URL('../../fixtures/usage-errors.json', import.meta.url), 'utf8')) as {
  endpoint: string[];
  cases: Recorded[];
};

const awsUsage =
  /^usage: \r[^\n]*\n\nusage: aws \[options\] <command> <subcommand> \[<subcommand> \.\.\.\] \[parameters\]\nTo see help text, you can run:\n\n {2}aws help\n {2}aws <command> help\n {2}aws <command> <subcommand> help\n/;
const ourUsage = `usage: cognito-idp [options] <operation> [parameters]
To see help text, you can run:

  cognito-idp help
  cognito-idp <operation> help
`;

const outputFormats = ['json', 'text', 'table', 'yaml', 'yaml-stream', 'off'];

/** What aws printed, in this program's words. */
function adapted(stderr: string): string {
  return stderr.replace(awsUsage, ourUsage).replace(/^aws: error: /m, 'cognito-idp: error: ');
}

const tableStart = 'valid choices are:\n\n';

/** The text with the rows of an `Invalid choice` table taken out, and the names the rows held. */
function withoutTable(text: string): { text: string; rows: string[]; names: string[] } {
  const start = text.indexOf(tableStart) + tableStart.length;
  const next = text.indexOf('\n\n', start);
  const end = next === -1 ? text.length - 1 : next;
  const rows = text.slice(start, end).split('\n');
  const names = rows.flatMap((row) => row.split(' | ').map((cell) => cell.trimEnd()));
  return { text: `${text.slice(0, start)}<choices>${text.slice(end)}`, rows, names };
}

/** Two names to a row, each padded to 40 columns, as argparse's table in the AWS CLI lays them. */
function rowsOf(names: string[]): string[] {
  const rows = [];
  for (let i = 0; i < names.length; i += 2) rows.push(names.slice(i, i + 2).map((name) => name.padEnd(40)).join(' | '));
  return rows;
}

export function assertSameError(ours: CliResult, recorded: Recorded): void {
  assert.equal(ours.code, 252, ours.stderr);
  assert.equal(ours.stdout, '');
  if (recorded.stderr.startsWith('usage:')) assert.match(recorded.stderr, awsUsage, 'the usage lines of aws as recorded');
  const expected = adapted(recorded.stderr);
  const ownChoices = /argument operation: Invalid choice|argument --output: Invalid choice/.exec(expected)?.[0];
  if (!ownChoices) return assert.equal(ours.stderr, expected);
  // These lists differ from aws's: more operations, the added commands, `completion`, more output formats.
  const theirs = withoutTable(expected);
  const mine = withoutTable(ours.stderr);
  assert.equal(mine.text, theirs.text);
  const operations = [...[...commandNames, ...addedCommandNames].sort(), 'completion', 'help'];
  const choices = ownChoices.includes('operation') ? operations : outputFormats;
  assert.deepEqual(mine.names, choices);
  assert.deepEqual(mine.rows, rowsOf(choices));
  // Every choice aws lists is listed here too, in the same order.
  assert.deepEqual(
    theirs.names,
    mine.names.filter((name) => theirs.names.includes(name)),
  );
}
