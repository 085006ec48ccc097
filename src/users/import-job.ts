/**
 * A CSV user import from start to end: check the header against GetCSVHeader, CreateUserImportJob,
 * upload the file to the job's pre-signed URL, StartUserImportJob, then poll DescribeUserImportJob
 * until the job ends. Aborting the signal while the job runs stops it (StopUserImportJob) and
 * throws InterruptedError.
 */
import { ExitCode, InterruptedError } from '../errors.js';
import type { Call } from './call.js';
import { checkCsvHeader, readCsvSummary } from './csv-header.js';
import { retryThrottled, sleep, type BackoffOptions } from './throttle-retry.js';
import { uploadCsv } from './upload-csv.js';

export interface ImportProgress {
  Status: string;
  Imported: number;
  Failed: number;
  Skipped: number;
  /** Data rows in the CSV file. */
  Total: number;
}

export interface ImportJobOptions {
  userPoolId: string;
  csvFile: string;
  cloudWatchLogsRoleArn: string;
  /** Default: `import-users-` and the time. */
  jobName?: string;
  /** Follow the job to its end (default true); otherwise return StartUserImportJob's answer. */
  wait?: boolean;
  /** Between DescribeUserImportJob calls (default 2,000 ms). */
  pollIntervalMs?: number;
  /** Told after each poll. */
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  backoff?: BackoffOptions;
  /** How the file is uploaded; the default PUTs it with node:http(s). */
  upload?: (url: string, path: string, signal?: AbortSignal) => Promise<void>;
}

const finalImportStatuses = new Set(['Succeeded', 'Failed', 'Stopped', 'Expired']);

/**
 * Returns the last answer: DescribeUserImportJob's once the job ended (or StartUserImportJob's
 * with `wait: false`), both `{"UserImportJob": {...}}`.
 */
export async function runImportJob(call: Call, options: ImportJobOptions): Promise<Record<string, unknown>> {
  const { signal } = options;
  const retrying = retryThrottled(call, { ...options.backoff, signal });
  const pool = { UserPoolId: options.userPoolId };
  const csv = await readCsvSummary(options.csvFile);
  const expected = await retrying('GetCSVHeader', pool);
  checkCsvHeader(csv.header, Array.isArray(expected.CSVHeader) ? expected.CSVHeader.map(String) : []);
  throwIfAborted(signal);

  const created = jobOf(
    await retrying('CreateUserImportJob', {
      JobName: options.jobName ?? defaultJobName(),
      ...pool,
      CloudWatchLogsRoleArn: options.cloudWatchLogsRoleArn,
    }),
  );
  const job = { ...pool, JobId: String(created.JobId) };
  await (options.upload ?? uploadCsv)(String(created.PreSignedUrl), options.csvFile, signal);
  throwIfAborted(signal);
  const started = await retrying('StartUserImportJob', job);
  if (options.wait === false) return started;

  try {
    for (;;) {
      const described = await retrying('DescribeUserImportJob', job);
      const state = jobOf(described);
      options.onProgress?.({
        Status: String(state.Status),
        Imported: count(state.ImportedUsers),
        Failed: count(state.FailedUsers),
        Skipped: count(state.SkippedUsers),
        Total: csv.rows,
      });
      if (finalImportStatuses.has(String(state.Status))) return described;
      await sleep(options.pollIntervalMs ?? 2000, signal);
    }
  } catch (error) {
    if (!signal?.aborted) throw error;
    await call('StopUserImportJob', job);
    throw new InterruptedError();
  }
}

/** 0 when the job succeeded; 254 (a service failure) when it failed, stopped or expired. */
export function importJobExitCode(answer: Record<string, unknown>): number {
  return jobOf(answer).Status === 'Succeeded' ? ExitCode.ok : ExitCode.service;
}

function jobOf(answer: Record<string, unknown>): Record<string, unknown> {
  return (answer.UserImportJob ?? {}) as Record<string, unknown>;
}

function count(value: unknown): number {
  return value === undefined || value === null ? 0 : Number(value);
}

function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new InterruptedError();
}

function defaultJobName(): string {
  return `import-users-${new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '')}Z`;
}
