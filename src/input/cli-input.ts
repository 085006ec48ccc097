/**
 * `--cli-input-json` / `--cli-input-yaml`: request members from a document (inline or `file://`).
 * Members given on the command line win over the document's.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { shapes } from '../commands/shapes.js';
import { ParameterError } from '../errors.js';
import type { OperationSpec } from '../model/types.js';
import type { CliInputArgs } from './cli-input-args.js';

export async function readCliInput(spec: OperationSpec, args: CliInputArgs): Promise<Record<string, unknown> | undefined> {
  if (args.json !== undefined && args.yaml !== undefined) {
    throw new ParameterError('argument --cli-input-yaml: not allowed with argument --cli-input-json');
  }
  const flag = args.json !== undefined ? '--cli-input-json' : '--cli-input-yaml';
  const given = args.json ?? args.yaml;
  if (given === undefined) return undefined;
  const text = readValue(flag, given);
  const document = args.json !== undefined ? parseJson(text) : await parseYamlDocument(text);
  if (document === undefined || typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new ParameterError(`Error parsing parameter '${flag}': Invalid ${args.json !== undefined ? 'JSON' : 'YAML'} received: the document must be a mapping`);
  }
  checkMembers(spec, document as Record<string, unknown>);
  return document as Record<string, unknown>;

  function parseJson(source: string): unknown {
    try {
      return JSON.parse(source);
    } catch (error) {
      throw new ParameterError(`Error parsing parameter '--cli-input-json': Invalid JSON received: ${(error as Error).message}`);
    }
  }
}

/** YAML is parsed by the yaml package, loaded only for --cli-input-yaml. */
async function parseYamlDocument(source: string): Promise<unknown> {
  const { parse } = await import('yaml');
  try {
    return parse(source);
  } catch (error) {
    throw new ParameterError(`Error parsing parameter '--cli-input-yaml': Invalid YAML received: ${(error as Error).message.split('\n')[0]}`);
  }
}

function readValue(flag: string, value: string): string {
  if (!value.startsWith('file://')) return value;
  const path = value.slice(7).replace(/^~(?=$|\/)/, homedir());
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new ParameterError(`Error parsing parameter '${flag}': Unable to load paramfile ${value}: [Errno 2] No such file or directory: '${path}'`);
  }
}

/** botocore's check: every key must be a member of the request. */
function checkMembers(spec: OperationSpec, document: Record<string, unknown>): void {
  const shape = shapes[spec.input];
  const members = shape?.type === 'structure' ? Object.keys(shape.members) : [];
  const unknown = Object.keys(document).filter((key) => !members.includes(key));
  if (unknown.length) {
    const lines = unknown.map((key) => `Unknown parameter in input: "${key}", must be one of: ${members.join(', ')}`);
    throw new ParameterError(`Parameter validation failed:\n${lines.join('\n')}`);
  }
}
