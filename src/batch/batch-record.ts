/** One batch line's outcome as the JSON Lines record batch prints for it. */
import { parseRawJson, type OutputValue } from '../output/value.js';
import { jsonLine } from '../users/json-line.js';

export interface LineResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface BatchRecord {
  /** The line's number in the input, from 1, comments and blank lines counted. */
  Line: number;
  ExitCode: number;
  /** What the command printed: parsed JSON when it is JSON, else the text; absent when nothing. */
  Output?: OutputValue;
  /** The last line of what the command printed on stderr, when it failed. */
  Error?: string;
}

export function batchRecord(line: number, result: LineResult): BatchRecord {
  const record: BatchRecord = { Line: line, ExitCode: result.exitCode };
  const output = parseOutput(result.stdout);
  if (output !== undefined) record.Output = output;
  if (result.exitCode !== 0) record.Error = lastLine(result.stderr) || `exit code ${result.exitCode}`;
  return record;
}

/** The record as one line of JSON, newline included. */
export function batchRecordLine(record: BatchRecord): string {
  return `${jsonLine(record)}\n`;
}

function parseOutput(stdout: string): OutputValue | undefined {
  if (!stdout.trim()) return undefined;
  try {
    return parseRawJson(stdout);
  } catch {
    return stdout.replace(/\r?\n$/, '');
  }
}

function lastLine(text: string): string {
  const lines = text.split(/\r?\n/).filter((line) => line.trim());
  return lines.at(-1) ?? '';
}
