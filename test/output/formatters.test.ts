/**
 * Each format against what the AWS CLI's own formatters print for the same values
 * (test/fixtures/output/formatter-expected.json, recorded by tools/record-formatter-fixtures.py
 * from awscli.formatter for json, text and table). yaml and yaml-stream are compared with the AWS
 * CLI v2 in yaml-v2.test.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Formatter } from '../../src/output/formatter.js';
import { formatJson } from '../../src/output/json.js';
import { formatTable } from '../../src/output/table.js';
import { formatText } from '../../src/output/text.js';
import { parseRawJson, type OutputObject, type OutputValue } from '../../src/output/value.js';
import { formatYamlStream } from '../../src/output/yaml.js';
import { format, pagedResult, single, type PagedCase } from './support/in-memory.js';

interface Case {
  name: string;
  query?: string;
  width?: number;
  response?: OutputValue;
  paged?: PagedCase;
}

const fixture = (name: string) => readFileSync(new URL(`../fixtures/output/${name}`, import.meta.url), 'utf8');
// Read with the numbers' text kept, so that 1.0 stays a float as it does for Python.
const cases = parseRawJson(fixture('formatter-cases.json')) as unknown as Case[];
const expected = JSON.parse(fixture('formatter-expected.json')) as Record<string, Record<string, string | { error: string }>>;

const formatters: Record<string, Formatter> = {
  json: formatJson,
  text: formatText,
  table: formatTable,
};

for (const [name, formatter] of Object.entries(formatters)) {
  describe(`--output ${name}`, () => {
    for (const item of cases) {
      test(item.name, async () => {
        const result = item.paged ? pagedResult(item.paged) : single(item.response as OutputObject);
        const want = expected[item.name][name];
        const run = () => format(formatter, result, { query: item.query, width: item.width });
        if (typeof want === 'object') await assert.rejects(run, { message: want.error });
        else assert.equal(await run(), want);
      });
    }
  });
}

for (const [name, formatter] of [['text', formatText], ['yaml-stream', formatYamlStream]] as const) {
  test(`--output ${name} writes each page before it reads the next`, async () => {
    const paged = pagedResult({
      resultKeys: ['Users'],
      pages: [{ Users: [{ Username: 'a' }] }, { Users: [{ Username: 'b' }] }, { Users: [{ Username: 'c' }] }],
      nonAggregate: {},
    });
    const pagesReadAtEachWrite: number[] = [];
    await format(formatter, paged, { onWrite: () => pagesReadAtEachWrite.push(paged.pagesRead) });
    assert.deepEqual(pagesReadAtEachWrite, [1, 2, 3]);
  });
}
