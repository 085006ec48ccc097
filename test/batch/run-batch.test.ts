/** The batch runner: records in input order, N lines at once, stop at the first failure or go on. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchRecord, batchRecordLine, type BatchRecord, type LineResult } from '../../src/batch/batch-record.js';
import { runBatch, type BatchOptions } from '../../src/batch/run-batch.js';

async function batch(options: Omit<BatchOptions, 'onRecord'>): Promise<{ ok: boolean; records: BatchRecord[] }> {
  const records: BatchRecord[] = [];
  const ok = await runBatch({ ...options, onRecord: (record) => void records.push(record) });
  return { ok, records };
}

describe('batch records', () => {
  test('Output is the parsed JSON, or the text, or absent; Error is the last stderr line of a failure', () => {
    assert.deepEqual(batchRecord(3, { exitCode: 0, stdout: '{\n    "A": 1.50\n}\n', stderr: '' }), { Line: 3, ExitCode: 0, Output: { A: batchRecord(0, { exitCode: 0, stdout: '1.50', stderr: '' }).Output } });
    assert.equal(batchRecordLine(batchRecord(3, { exitCode: 0, stdout: '{\n    "A": 1.50\n}\n', stderr: '' })), '{"Line": 3, "ExitCode": 0, "Output": {"A": 1.5}}\n');
    assert.deepEqual(batchRecord(1, { exitCode: 0, stdout: 'us-east-1_x\tpool\n', stderr: '' }), { Line: 1, ExitCode: 0, Output: 'us-east-1_x\tpool' });
    assert.deepEqual(batchRecord(2, { exitCode: 0, stdout: '', stderr: 'progress\n' }), { Line: 2, ExitCode: 0 });
    assert.deepEqual(batchRecord(4, { exitCode: 254, stdout: '', stderr: 'warning\nAn error occurred (X) when calling the Y operation: no\n\n' }), {
      Line: 4,
      ExitCode: 254,
      Error: 'An error occurred (X) when calling the Y operation: no',
    });
    assert.deepEqual(batchRecord(5, { exitCode: 130, stdout: '', stderr: '' }), { Line: 5, ExitCode: 130, Error: 'exit code 130' });
  });
});

describe('running lines', () => {
  /** Each line is `sleep MS [exit CODE]`. */
  const running = new Set<string>();
  let most = 0;
  const started: number[] = [];
  const sleepLine = async (argv: string[]): Promise<LineResult> => {
    const [, ms, , code] = argv;
    started.push(Number(ms));
    running.add(argv.join(' '));
    most = Math.max(most, running.size);
    await new Promise((resolve) => setTimeout(resolve, Number(ms)));
    running.delete(argv.join(' '));
    return { exitCode: Number(code ?? 0), stdout: JSON.stringify({ Slept: Number(ms) }), stderr: code ? `failed after ${ms}\n` : '' };
  };
  const reset = () => {
    most = 0;
    started.length = 0;
  };

  test('records come in input order whatever order lines finish in; comments and blanks keep their numbers', async () => {
    reset();
    const lines = ['# header', 'sleep 30', '', 'sleep 1', 'sleep 20 # fast', 'sleep 2', 'sleep 9', 'sleep 3'];
    const { ok, records } = await batch({ lines, runLine: sleepLine, concurrency: 3 });
    assert.equal(ok, true);
    assert.deepEqual(records.map((r) => [r.Line, (r.Output as { Slept: { text: string } }).Slept.text]), [
      [2, '30'], [4, '1'], [5, '20'], [6, '2'], [7, '9'], [8, '3'],
    ]);
    assert.equal(most, 3);
  });

  test('a record is reported as soon as it and the lines before it are done', async () => {
    // Line 2 finishes only once line 1's record is out (or, if the runner held it back, after 5 s).
    let release: () => void = () => undefined;
    const gate = new Promise<string>((resolve) => {
      release = () => resolve('released');
      setTimeout(() => resolve('timed out'), 5000).unref();
    });
    const outcome: string[] = [];
    await runBatch({
      lines: ['first', 'second'],
      concurrency: 2,
      runLine: async ([word]) => {
        if (word === 'second') outcome.push(await gate);
        return { exitCode: 0, stdout: '', stderr: '' };
      },
      onRecord: (record) => void (record.Line === 1 && release()),
    });
    assert.deepEqual(outcome, ['released']);
  });

  test('the first failure stops the batch: started lines finish and are reported, no new line starts', async () => {
    reset();
    const lines = ['sleep 5', 'sleep 10 exit 254', 'sleep 40', 'sleep 20', 'sleep 1', 'sleep 1'];
    const { ok, records } = await batch({ lines, runLine: sleepLine, concurrency: 3 });
    assert.equal(ok, false);
    assert.deepEqual(records.map((r) => [r.Line, r.ExitCode]), [[1, 0], [2, 254], [3, 0], [4, 0]]);
    assert.equal(records[1].Error, 'failed after 10');
    assert.deepEqual(started, [5, 10, 40, 20], 'line 4 started when line 1 finished, before the failure');
  });

  test('with continueOnError every line runs, and the result says whether all succeeded', async () => {
    reset();
    const lines = ['sleep 1 exit 1', 'sleep 1', "sleep 'unterminated", 'sleep 2 exit 254', 'sleep 1'];
    const { ok, records } = await batch({ lines, runLine: sleepLine, concurrency: 2, continueOnError: true });
    assert.equal(ok, false);
    assert.deepEqual(records.map((r) => [r.Line, r.ExitCode]), [[1, 1], [2, 0], [3, 252], [4, 254], [5, 0]]);
    assert.match(records[2].Error!, /unterminated quote/);
    assert.equal(records[2].Output, undefined);
  });

  test('a line whose run throws is exit 255 with the message', async () => {
    const { ok, records } = await batch({ lines: ['boom'], runLine: async () => Promise.reject(new Error('kaput')) });
    assert.equal(ok, false);
    assert.deepEqual(records, [{ Line: 1, ExitCode: 255, Error: 'kaput' }]);
  });

  test('lines are read from an async source only as they are needed, and an abort starts no new line', async () => {
    reset();
    let read = 0;
    const controller = new AbortController();
    async function* lines() {
      for (let i = 0; i < 1000; i++) {
        read++;
        yield 'sleep 1';
      }
    }
    const { ok, records } = await batch({
      lines: lines(),
      runLine: async (argv) => {
        if (started.length === 20) controller.abort();
        return sleepLine(argv);
      },
      concurrency: 4,
      signal: controller.signal,
    });
    assert.ok(records.length >= 20 && records.length <= 24, `${records.length} lines ran`);
    assert.ok(read <= records.length + 2, `${read} lines read`);
    assert.equal(ok, false, 'an interrupted batch did not succeed');
  });

  test('a failing record consumer stops the batch and its error is rethrown', async () => {
    await assert.rejects(
      runBatch({ lines: ['sleep 1', 'sleep 1', 'sleep 1'], runLine: sleepLine, onRecord: () => { throw new Error('EPIPE'); } }),
      /EPIPE/,
    );
  });
});
