/**
 * --output yaml and yaml-stream against what the AWS CLI v2 itself printed, recorded by
 * tools/record-yaml-fixtures.py:
 * - yaml-v2-formatter.json: v2's own YAML formatters on every response shape (folding at every
 *   depth, non-ASCII and astral text, multi-line and special strings, keys, numbers, empties, pages);
 * - yaml-v2-cli.json: the v2 program against a loopback endpoint, with cli_timestamp_format
 *   iso8601 and wire; here the same responses are replayed to cognito-idp in-process (as the built
 *   bin/cognito-idp: test/slow/e2e/yaml-v2.test.ts).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Formatter } from '../../src/output/formatter.js';
import { parseRawJson, type OutputObject, type OutputValue } from '../../src/output/value.js';
import { formatYaml, formatYamlStream } from '../../src/output/yaml.js';
import { runCli } from '../support/run-cli.js';
import { cliCases, recordedCaseRunner } from './support/yaml-v2-cli.js';
import { format, pagedResult, single, type PagedCase } from './support/in-memory.js';

// In-process, ISO 8601 timestamps are written in this process's time zone; v2 was recorded in UTC.
process.env.TZ = 'UTC';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/output/${name}`, import.meta.url), 'utf8');

interface FormatterCase {
  name: string;
  query?: string;
  response?: OutputValue;
  paged?: PagedCase;
  yaml: string;
  'yaml-stream': string;
}

// Read with the numbers' text kept, so that 1.0 stays a float as it does for Python.
const formatterCases = (parseRawJson(fixture('yaml-v2-formatter.json')) as unknown as { cases: FormatterCase[] }).cases;

const formatters: Record<'yaml' | 'yaml-stream', Formatter> = { yaml: formatYaml, 'yaml-stream': formatYamlStream };

for (const [name, formatter] of Object.entries(formatters) as Array<['yaml' | 'yaml-stream', Formatter]>) {
  describe(`--output ${name} as v2's formatter writes it`, () => {
    for (const item of formatterCases) {
      test(item.name, async () => {
        const result = item.paged ? pagedResult(item.paged) : single(item.response as OutputObject);
        assert.equal(await format(formatter, result, { query: item.query }), item[name]);
      });
    }
  });
}

describe('--output yaml and yaml-stream as the v2 program prints them', () => {
  const { serve, envFor, argsFor } = recordedCaseRunner();

  for (const item of cliCases) {
    const label = `${item.name}, ${item.output}, cli_timestamp_format ${item.timestampFormat}`;
    test(`in-process: ${label}`, async () => {
      serve(item);
      const result = await runCli(argsFor(item), envFor(item));
      assert.equal(result.stderr, '');
      assert.equal(result.stdout, item.stdout);
      assert.equal(result.code, 0);
    });
  }
});
