/**
 * Runs command lines N at a time and reports each line's record in input order as soon as it and
 * every line before it are done. Blank lines and comments are skipped (they keep their numbers).
 * Unless continueOnError, the first failure stops the batch: lines already started finish and are
 * reported, no new line starts.
 */
import { ExitCode } from '../errors.js';
import { errorMessage } from '../users/call.js';
import { batchRecord, type BatchRecord, type LineResult } from './batch-record.js';
import { splitShellWords } from './shell-words.js';

export type RunLine = (argv: string[]) => Promise<LineResult>;

export interface BatchOptions {
  /** The input's lines (a file's or standard input's), read as they are needed. */
  lines: Iterable<string> | AsyncIterable<string>;
  runLine: RunLine;
  /** Lines run at once (default 1). */
  concurrency?: number;
  continueOnError?: boolean;
  /** Told of each record, in input order. */
  onRecord: (record: BatchRecord) => void | Promise<void>;
  /** Aborting starts no new line; lines under way finish. */
  signal?: AbortSignal;
}

/** True when every line ran and succeeded (an abort before the end is false). */
export async function runBatch(options: BatchOptions): Promise<boolean> {
  const concurrency = Math.max(1, options.concurrency ?? 1);
  // Lines may run ahead of the first unreported line by this much, which bounds the waiting records.
  const window = concurrency * 16;
  const iterator = commandLines(options.lines)[Symbol.asyncIterator]();
  const done = new Map<number, BatchRecord>();
  let started = 0;
  let reported = 0;
  let allSucceeded = true;
  let stopped = false;
  let exhausted = false;
  let reporting = Promise.resolve();
  let reportFailure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = () => wake?.();

  const report = async () => {
    while (done.has(reported)) {
      const record = done.get(reported)!;
      done.delete(reported++);
      await options.onRecord(record);
    }
    notify();
  };

  const runOne = async (index: number, line: number, argv: string[] | Error) => {
    let result: LineResult;
    if (argv instanceof Error) result = { exitCode: ExitCode.parameter, stdout: '', stderr: argv.message };
    else {
      try {
        result = await options.runLine(argv);
      } catch (error) {
        result = { exitCode: ExitCode.other, stdout: '', stderr: errorMessage(error) };
      }
    }
    if (result.exitCode !== 0) {
      allSucceeded = false;
      if (!options.continueOnError) stopped = true;
    }
    done.set(index, batchRecord(line, result));
    reporting = reporting.then(report).catch((error: unknown) => {
      reportFailure ??= { error };
      stopped = true;
      notify();
    });
  };

  const running = new Set<Promise<void>>();
  while (!stopped && !options.signal?.aborted) {
    if (running.size >= concurrency || started - reported >= window) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        // A line may have finished between the check and now.
        if (running.size < concurrency && started - reported < window) resolve();
      });
      continue;
    }
    const next = await iterator.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    if (stopped || options.signal?.aborted) break;
    const index = started++;
    const task = runOne(index, next.value.line, next.value.argv).finally(() => {
      running.delete(task);
      notify();
    });
    running.add(task);
  }
  await Promise.all(running);
  await reporting;
  if (!exhausted) await iterator.return?.(undefined);
  if (reportFailure) throw reportFailure.error;
  return allSucceeded && exhausted;
}

interface CommandLine {
  line: number;
  argv: string[] | Error;
}

/** The lines that hold a command, split into words (or the syntax error), with their numbers. */
async function* commandLines(lines: Iterable<string> | AsyncIterable<string>): AsyncGenerator<CommandLine> {
  let line = 0;
  for await (const text of lines) {
    line++;
    let argv: string[] | Error;
    try {
      argv = splitShellWords(text);
    } catch (error) {
      argv = error as Error;
    }
    if (Array.isArray(argv) && argv.length === 0) continue;
    yield { line, argv };
  }
}
