/**
 * The three export formats, each writing records a page at a time as pages arrive, one write per
 * page of whole records: a failure part-way leaves every record written so far complete, and the
 * error is rethrown.
 */
import { stringify } from 'csv-stringify/sync';
import { pythonJsonText } from '../output/python-json.js';
import { csvRow } from './csv-row.js';
import { jsonLines } from './json-line.js';
import { writeText, type TextSink } from './text-sink.js';

export type ExportFormat = 'jsonl' | 'json' | 'csv';

/** Pages of records, as exportUsers yields them. */
export type RecordPages<T = unknown> = AsyncIterable<readonly T[]>;

/** One JSON object per line. Returns how many records were written. */
export async function writeJsonLines(pages: RecordPages, sink: TextSink): Promise<number> {
  let count = 0;
  for await (const page of pages) {
    if (page.length) await writeText(sink, jsonLines(page));
    count += page.length;
  }
  return count;
}

/** A JSON array laid out as the AWS CLI prints one (4-space indent). */
export async function writeJsonArray(pages: RecordPages, sink: TextSink): Promise<number> {
  let count = 0;
  for await (const page of pages) {
    if (!page.length) continue;
    const text = pythonJsonText(4, (writer) => {
      for (const record of page) {
        writer.raw(count === 0 ? '[\n    ' : ',\n    ');
        writer.value(record, '    ');
        count++;
      }
    });
    await writeText(sink, text);
  }
  await writeText(sink, count === 0 ? '[]\n' : '\n]\n');
  return count;
}

/** A header line of `columns`, then one row per user (see csv-row.ts), quoted as CSV requires. */
export async function writeCsv(pages: RecordPages<Record<string, unknown>>, sink: TextSink, columns: string[]): Promise<number> {
  let count = 0;
  await writeText(sink, stringify([columns]));
  for await (const page of pages) {
    if (page.length) await writeText(sink, stringify(page.map((record) => csvRow(record, columns))));
    count += page.length;
  }
  return count;
}

/**
 * Writes in the chosen format. JSON takes any values (users, or what --query made of them); csv
 * takes users as ListUsers gives them, and the pool's columns (csv-columns.ts).
 */
export function writeExport(format: ExportFormat, records: RecordPages, sink: TextSink, columns?: string[]): Promise<number> {
  if (format === 'csv') {
    if (!columns) throw new TypeError('csv output needs the columns of the pool');
    return writeCsv(records as RecordPages<Record<string, unknown>>, sink, columns);
  }
  return format === 'json' ? writeJsonArray(records, sink) : writeJsonLines(records, sink);
}
