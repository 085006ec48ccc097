/** What every output format is given, and the one interface each format implements. */
import type { CallResult } from './call-result.js';
import type { Query } from './query.js';
import type { Sink } from './sink.js';
import type { OutputValue } from './value.js';

export interface OutputJob {
  result: CallResult;
  /** The API operation name, e.g. `ListUsers` (the table format's title). */
  operation: string;
  /** A response or page as the AWS CLI prints it (model order, timestamps converted). */
  shape(value: OutputValue): OutputValue;
  /** A merged paginated result as the AWS CLI prints it. */
  shapeFull(value: OutputValue, resultKeys: string[]): OutputValue;
  query?: Query;
  sink: Sink;
  color: boolean;
  /** Columns of the terminal, or 80 when stdout is not one. */
  terminalWidth: number;
}

export type Formatter = (job: OutputJob) => Promise<void>;

/** The whole result, pages merged, with --query applied: what json, yaml and table print. */
export async function fullResult(job: OutputJob): Promise<OutputValue> {
  const { result } = job;
  const value =
    result.kind === 'single' ? job.shape(result.response) : job.shapeFull(await result.fullResult(), result.resultKeys);
  return applyQuery(job, value);
}

export function applyQuery(job: OutputJob, value: OutputValue): OutputValue {
  return job.query ? job.query.search(value) : value;
}

export function isEmptyObject(value: OutputValue): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0 &&
    value.constructor === Object;
}
