/**
 * The three export formats, each writing records as they arrive, one whole record per write:
 * a failure part-way leaves every record written so far complete, and the error is rethrown.
 */
import { stringify } from 'csv-stringify/sync';
import { pythonJson } from '../output/python-json.js';
import { csvRow } from './csv-row.js';
import { jsonLine } from './json-line.js';
import { writeText, type TextSink } from './text-sink.js';

export type ExportFormat = 'jsonl' | 'json' | 'csv';
export const exportFormats: readonly ExportFormat[] = ['jsonl', 'json', 'csv'];

/** One JSON object per line. Returns how many records were written. */
export async function writeJsonLines(records: AsyncIterable<unknown>, sink: TextSink): Promise<number> {
  let count = 0;
  for await (const record of records) {
    await writeText(sink, `${jsonLine(record)}\n`);
    count++;
  }
  return count;
}

/** A JSON array laid out as the AWS CLI prints one (4-space indent), written record by record. */
export async function writeJsonArray(records: AsyncIterable<unknown>, sink: TextSink): Promise<number> {
  let count = 0;
  for await (const record of records) {
    const item = pythonJson(record).replace(/\n/g, '\n    ');
    await writeText(sink, `${count === 0 ? '[\n    ' : ',\n    '}${item}`);
    count++;
  }
  await writeText(sink, count === 0 ? '[]\n' : '\n]\n');
  return count;
}

/** A header line of `columns`, then one row per user (see csv-row.ts), quoted as CSV requires. */
export async function writeCsv(records: AsyncIterable<Record<string, unknown>>, sink: TextSink, columns: string[]): Promise<number> {
  let count = 0;
  await writeText(sink, stringify([columns]));
  for await (const record of records) {
    await writeText(sink, stringify([csvRow(record, columns)]));
    count++;
  }
  return count;
}

/** Writes in the chosen format; csv needs the pool's columns (csv-columns.ts). */
export function writeExport(
  format: ExportFormat,
  records: AsyncIterable<Record<string, unknown>>,
  sink: TextSink,
  columns?: string[],
): Promise<number> {
  if (format === 'csv') {
    if (!columns) throw new TypeError('csv output needs the columns of the pool');
    return writeCsv(records, sink, columns);
  }
  return format === 'json' ? writeJsonArray(records, sink) : writeJsonLines(records, sink);
}
