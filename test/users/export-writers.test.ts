/** The export formats: one-line AWS CLI JSON, the streamed array, and CSV in the pool's column layout. */
import assert from 'node:assert/strict';
import { PassThrough, Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { pythonJson } from '../../src/output/python-json.js';
import { parseRawJson } from '../../src/output/value.js';
import { csvColumns, standardCsvColumns } from '../../src/users/csv-columns.js';
import { csvRow } from '../../src/users/csv-row.js';
import { writeCsv, writeExport, writeJsonArray, writeJsonLines } from '../../src/users/export-writers.js';
import { jsonLine } from '../../src/users/json-line.js';
import { writeText } from '../../src/users/text-sink.js';
import { startFakeUserPool, type FakeUserPool } from '../../harness/fake-user-pool.js';
import { sdkCall, type SdkCall } from '../support/sdk-call.js';

/** The items as pages of `pageSize`, as exportUsers yields them. */
async function* from<T>(items: T[], pageSize = 2): AsyncGenerator<T[]> {
  for (let i = 0; i < items.length; i += pageSize) yield items.slice(i, i + pageSize);
}

function collector() {
  const sink = { text: '', write: (chunk: string) => void (sink.text += chunk) };
  return sink;
}

const sample = parseRawJson(
  '{"Username": "zoë", "Attributes": [{"Name": "name", "Value": "A, \\"B\\"\\nC\\u0001"}], "UserCreateDate": 1548099495.428, ' +
    '"UserLastModifiedDate": 1.5e9, "Enabled": false, "MFAOptions": [], "Nested": {}, "Groups": ["a", "b"]}',
) as Record<string, unknown>;

describe('one-line JSON', () => {
  test('is Python json.dumps with ensure_ascii=False, keeping the number text', () => {
    assert.equal(
      jsonLine(sample),
      '{"Username": "zoë", "Attributes": [{"Name": "name", "Value": "A, \\"B\\"\\nC\\u0001"}], "UserCreateDate": 1548099495.428, ' +
        '"UserLastModifiedDate": 1500000000.0, "Enabled": false, "MFAOptions": [], "Nested": {}, "Groups": ["a", "b"]}',
    );
    assert.equal(jsonLine({}), '{}');
    assert.equal(jsonLine([]), '[]');
  });
});

describe('writers', () => {
  const records = [sample, { Username: 'b', Attributes: [] }, { Username: 'c' }];

  test('jsonl writes one line per record and counts them', async () => {
    const sink = collector();
    assert.equal(await writeJsonLines(from(records), sink), 3);
    assert.deepEqual(sink.text.split('\n'), [...records.map(jsonLine), '']);
  });

  test('each page is one write of whole records, in every format', async () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ Username: `user${i}` }));
    for (const format of ['jsonl', 'json', 'csv'] as const) {
      const writes: string[] = [];
      const sink = { write: (chunk: string) => void writes.push(chunk) };
      assert.equal(await writeExport(format, from(many, 3), sink, ['cognito:username']), 7);
      // jsonl: 3 pages; json: the closing bracket too; csv: the header first.
      assert.equal(writes.length, format === 'jsonl' ? 3 : 4, format);
      if (format !== 'json') assert.ok(writes.every((chunk) => chunk.endsWith('\n')), format);
    }
  });

  test('json is the AWS CLI layout of the whole array, streamed', async () => {
    for (const list of [records, [records[1]], []]) {
      const sink = collector();
      assert.equal(await writeJsonArray(from(list), sink), list.length);
      assert.equal(sink.text, `${pythonJson(list)}\n`);
    }
  });

  test('csv has the header and one quoted row per user, read back by a CSV parser', async () => {
    const columns = ['cognito:username', 'name', 'email', 'email_verified', 'cognito:mfa_enabled'];
    const users = [
      { Username: 'zoë', Attributes: [{ Name: 'name', Value: 'Zoë "Z", jr.\nsecond line' }, { Name: 'email_verified', Value: 'true' }], MFAOptions: [] },
      { Username: 'plain', Attributes: [{ Name: 'email', Value: 'p@example.com' }], MFAOptions: [{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }] },
    ];
    const sink = collector();
    assert.equal(await writeCsv(from(users), sink, columns), 2);
    assert.equal(sink.text.split('\n')[0], columns.join(','));
    assert.ok(sink.text.includes('"Zoë ""Z"", jr.\nsecond line"'));
    assert.deepEqual(parse(sink.text), [
      columns,
      ['zoë', 'Zoë "Z", jr.\nsecond line', '', 'true', 'false'],
      ['plain', '', 'p@example.com', '', 'true'],
    ]);
  });

  test('writeExport dispatches on the format', async () => {
    const csv = collector();
    await writeExport('csv', from([{ Username: 'u' }]), csv, ['cognito:username']);
    assert.equal(csv.text, 'cognito:username\nu\n');
    const json = collector();
    await writeExport('json', from([{ Username: 'u' }]), json);
    assert.equal(json.text, '[\n    {\n        "Username": "u"\n    }\n]\n');
    const jsonl = collector();
    await writeExport('jsonl', from([{ Username: 'u' }]), jsonl);
    assert.equal(jsonl.text, '{"Username": "u"}\n');
    assert.throws(() => writeExport('csv', from([]), csv));
  });

  test('a full stream is waited for, so a slow reader gets everything', async () => {
    const received: string[] = [];
    const slow = new Writable({
      highWaterMark: 64,
      decodeStrings: false,
      write(chunk: string, _encoding, done) {
        received.push(chunk);
        setTimeout(done, 1);
      },
    });
    let maxBuffered = 0;
    const watched = {
      write: (chunk: string) => {
        const ok = slow.write(chunk);
        maxBuffered = Math.max(maxBuffered, slow.writableLength);
        return ok;
      },
      once: slow.once.bind(slow),
      off: slow.off.bind(slow),
    };
    const many = Array.from({ length: 200 }, (_, i) => ({ Username: `user${i}` }));
    await writeJsonLines(from(many, 1), watched);
    await new Promise((resolve) => slow.end(resolve));
    assert.equal(received.join(''), many.map((user) => `${jsonLine(user)}\n`).join(''));
    assert.ok(maxBuffered < 200, `at most a chunk past the mark was buffered (${maxBuffered} bytes)`);
  });

  test('a stream that fails while full rejects the write', async () => {
    const stream = new PassThrough({ highWaterMark: 1 });
    const writing = writeText(stream, 'x'.repeat(10));
    stream.destroy(new Error('EPIPE'));
    await assert.rejects(writing, /EPIPE/);
  });
});

describe('CSV columns', () => {
  let fake: FakeUserPool;
  let withHeader: FakeUserPool;
  let sdk: SdkCall;
  let sdkWithHeader: SdkCall;
  before(async () => {
    fake = await startFakeUserPool({ users: 1, customAttributes: ['custom:dept'] });
    withHeader = await startFakeUserPool({ users: 1, csvHeader: ['cognito:username', 'email', 'custom:x', 'cognito:mfa_enabled'] });
    sdk = sdkCall(fake.endpoint, { maxAttempts: 1 });
    sdkWithHeader = sdkCall(withHeader.endpoint, { maxAttempts: 1 });
  });
  after(async () => {
    sdk?.destroy();
    sdkWithHeader?.destroy();
    await fake?.stop();
    await withHeader?.stop();
  });

  test("GetCSVHeader's answer, as given", async () => {
    assert.deepEqual(await csvColumns(sdkWithHeader.call, withHeader.poolId), ['cognito:username', 'email', 'custom:x', 'cognito:mfa_enabled']);
    assert.equal(withHeader.counts.get('DescribeUserPool'), undefined);
  });

  test('without GetCSVHeader, the same layout from the schema', async () => {
    assert.deepEqual(await csvColumns(sdk.call, fake.poolId), [...standardCsvColumns, 'custom:dept', 'cognito:mfa_enabled', 'cognito:username']);
    assert.equal(fake.counts.get('DescribeUserPool'), 1);
  });

  test("a Cognito refusal of GetCSVHeader is the answer, not a reason to fall back", async () => {
    fake.setFault((operation) => (operation === 'GetCSVHeader' ? 'ResourceNotFoundException' : undefined));
    try {
      await assert.rejects(csvColumns(sdk.call, 'us-east-1_missing'), /ResourceNotFoundException/);
    } finally {
      fake.setFault(undefined);
    }
  });

  test('csvRow fills username, MFA and attributes by column', () => {
    const user = { Username: 'u', Attributes: [{ Name: 'email', Value: 'e' }, { Name: 'custom:dept', Value: 'x' }] };
    assert.deepEqual(csvRow(user, ['cognito:username', 'custom:dept', 'name', 'email', 'cognito:mfa_enabled']), ['u', 'x', '', 'e', 'false']);
  });
});
