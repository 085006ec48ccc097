/**
 * Checks an import CSV's header against the pool's columns before any job is created. Cognito
 * takes the columns in any order but needs every one of them and no others.
 */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { ParameterError } from '../errors.js';

/** A header that does not match the pool's columns (exit 252). */
export class CsvHeaderError extends ParameterError {
  constructor(
    readonly missing: string[],
    readonly unknown: string[],
    readonly duplicated: string[] = [],
  ) {
    const parts = [
      missing.length ? `missing columns: ${missing.join(', ')}` : '',
      unknown.length ? `unknown columns: ${unknown.join(', ')}` : '',
      duplicated.length ? `repeated columns: ${duplicated.join(', ')}` : '',
    ].filter(Boolean);
    super(`The CSV header does not match get-csv-header for this user pool: ${parts.join('; ')}`);
  }
}

export function checkCsvHeader(header: string[], expected: string[]): void {
  const present = new Set(header);
  const wanted = new Set(expected);
  const missing = expected.filter((column) => !present.has(column));
  const unknown = header.filter((column) => !wanted.has(column));
  const duplicated = [...new Set(header.filter((column, i) => header.indexOf(column) !== i))];
  if (missing.length || unknown.length || duplicated.length) throw new CsvHeaderError(missing, unknown, duplicated);
}

export interface CsvSummary {
  header: string[];
  /** Data rows after the header. */
  rows: number;
}

/** Reads the header and counts the rows of a CSV file, streaming it. */
export async function readCsvSummary(path: string): Promise<CsvSummary> {
  let header: string[] | undefined;
  let rows = 0;
  const file = createReadStream(path);
  const parser = file.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true }));
  file.on('error', (error) => parser.destroy(error));
  for await (const record of parser as AsyncIterable<string[]>) {
    if (header) rows++;
    else header = record.map((column) => column.trim());
  }
  if (!header) throw new ParameterError(`The CSV file is empty: ${path}`);
  return { header, rows };
}
