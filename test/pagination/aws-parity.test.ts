/**
 * Every paging combination prints what the AWS CLI v1 printed for it (recorded into
 * fixtures/aws-paging.json by tools/record-pagination-fixtures.mjs against the same loopback
 * service). Starting tokens in the fixture were printed by `aws`: resuming from them proves the
 * tokens work across the two CLIs, and equal NextToken output proves ours are the same bytes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { runCli } from '../support/run-cli.js';
import { startPagingService, type PagingService } from '../../harness/paging-service.js';

interface RecordedCase {
  name: string;
  args: string[];
  stdout: string;
  stderr: string;
  code: number;
}

const cases = JSON.parse(readFileSync(new URL('./fixtures/aws-paging.json', import.meta.url), 'utf8')) as RecordedCase[];

describe('paging prints what the AWS CLI prints', () => {
  let service: PagingService;
  before(async () => (service = await startPagingService()));
  after(() => service?.stop());

  for (const recorded of cases) {
    test(recorded.name, async () => {
      const result = await runCli([...recorded.args, '--endpoint-url', service.endpoint]);
      assert.equal(result.stdout, recorded.stdout);
      assert.equal(result.stderr.trim(), recorded.stderr);
      assert.equal(result.code, recorded.code);
    });
  }

  test('the fixture covers truncation, resumption and refusals', () => {
    assert.ok(cases.length >= 25);
    assert.ok(cases.some((c) => c.stdout.includes('"NextToken"') && c.args.includes('--starting-token')));
    assert.ok(cases.some((c) => c.code === 255));
  });
});
