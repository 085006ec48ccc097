/** The committed fixture of seed examples, and a fresh extraction from the seed documents. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandNames, loadCommand } from '../../src/commands/index.js';
import { extractExamples, type SeedExample } from './extract-examples.js';

/** What the AWS CLI v1 did with an example, recorded against a loopback endpoint. */
export interface AwsCliRecording {
  exitCode: number;
  /** Each request sent: the X-Amz-Target operation and the parsed JSON body. */
  requests: { target: string; body: unknown }[];
  /** Its error line, when it rejected the command line. */
  stderr?: string;
}

export interface SeedFixtureExample extends SeedExample {
  aws?: AwsCliRecording;
}

const repository = fileURLToPath(new URL('../../', import.meta.url));
export const fixturePath = join(repository, 'test', 'fixtures', 'seed-examples.json');
/** Where CI keeps the seed documents: beside the repository. */
export const defaultSeedsDirectory = join(repository, '..', 'shared', 'seeds');

export function readFixture(): SeedFixtureExample[] | undefined {
  if (!existsSync(fixturePath)) return undefined;
  return JSON.parse(readFileSync(fixturePath, 'utf8')) as SeedFixtureExample[];
}

export function seedsAvailable(directory = defaultSeedsDirectory): boolean {
  return existsSync(directory) && seedDocumentNames(directory).length > 0;
}

function seedDocumentNames(directory: string): string[] {
  return readdirSync(directory).filter((name) => /^\d{3}_.*\.txt$/.test(name)).sort();
}

export async function seedExamplesFromDirectory(directory = defaultSeedsDirectory): Promise<SeedExample[]> {
  const documents = seedDocumentNames(directory).map((name) => ({ name, text: readFileSync(join(directory, name), 'utf8') }));
  const parameters = new Map<string, string[]>();
  for (const name of commandNames) {
    const spec = await loadCommand(name);
    if (spec) parameters.set(name, spec.parameters.map((param) => param.name));
  }
  return extractExamples(documents, (operation) => parameters.get(operation));
}
