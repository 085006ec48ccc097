/**
 * Writes test/fixtures/seed-examples.json: every `aws cognito-idp` example of the seed documents
 * (../shared/seeds beside the repository, or the directory given), with its repaired argv and
 * documented output; with --record, also what the AWS CLI v1 (`aws`) sends for each one, captured
 * by a loopback recorder.
 *
 *   npx tsx tools/record-seed-examples.ts [--record] [seeds-directory]
 */
import { writeFileSync } from 'node:fs';
import {
  defaultSeedsDirectory,
  fixturePath,
  readFixture,
  seedExamplesFromDirectory,
  type SeedFixtureExample,
} from '../harness/seeds/seed-fixture.js';
import { recordAwsCli } from './lib/record-aws-cli.js';

const args = process.argv.slice(2);
const record = args.includes('--record');
const directory = args.find((arg) => !arg.startsWith('--')) ?? defaultSeedsDirectory;

const examples: SeedFixtureExample[] = await seedExamplesFromDirectory(directory);
const previous = new Map(readFixture()?.map((example) => [example.id + example.source, example.aws]) ?? []);
for (const example of examples) {
  const aws = record ? await recordAwsCli(example.argv) : previous.get(example.id + example.source);
  if (aws) example.aws = aws;
}
writeFileSync(fixturePath, `${JSON.stringify(examples, null, 2)}\n`);
console.log(`${examples.length} examples written to ${fixturePath}${record ? ' (AWS CLI requests recorded)' : ''}`);
