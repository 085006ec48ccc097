/**
 * `--cli-input-json` / `--cli-input-yaml`: request members from a document, inline or read through
 * the parameters' file loader (`file://`, `fileb://`, `~` and `$VAR` expanded). JSON is read as
 * Python's json.loads reads it. The members are checked with the rest of the request (validate.ts);
 * those given on the command line win over the document's.
 */
import { ParameterError, UsageError } from '../errors.js';
import type { Environment } from '../io.js';
import { loadParamFile } from '../params/param-files.js';
import { jsonLoads, JsonSyntaxError } from '../python/json-loads.js';
import { PythonNumber } from '../python/number.js';
import type { CliInputArgs } from './cli-input-args.js';

export async function readCliInput(args: CliInputArgs, env: Environment): Promise<Record<string, unknown> | undefined> {
  if (args.json !== undefined && args.yaml !== undefined) {
    throw new UsageError('argument --cli-input-yaml: not allowed with argument --cli-input-json');
  }
  const json = args.json !== undefined;
  const flag = json ? '--cli-input-json' : '--cli-input-yaml';
  const given = args.json ?? args.yaml;
  if (given === undefined) return undefined;
  const text = readDocument(flag, given, env);
  const document = json ? parseJson(text) : await parseYamlDocument(text);
  if (document === undefined || typeof document !== 'object' || document === null || Array.isArray(document) || document instanceof PythonNumber) {
    throw new ParameterError(`Error parsing parameter '${flag}': Invalid ${json ? 'JSON' : 'YAML'} received: the document must be a mapping`);
  }
  return document as Record<string, unknown>;
}

function readDocument(flag: string, value: string, env: Environment): string {
  let loaded: string | Uint8Array | undefined;
  try {
    loaded = loadParamFile(value, env);
  } catch (error) {
    if (error instanceof ParameterError) throw new ParameterError(`Error parsing parameter '${flag}': ${error.message}`);
    throw error;
  }
  if (loaded === undefined) return value;
  return typeof loaded === 'string' ? loaded : new TextDecoder().decode(loaded);
}

function parseJson(source: string): unknown {
  try {
    return jsonLoads(source);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    throw new ParameterError(`Error parsing parameter '--cli-input-json': Invalid JSON received: ${error.message}`);
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
