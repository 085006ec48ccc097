/**
 * A loopback fake of Cognito's user import operations (GetCSVHeader, CreateUserImportJob,
 * StartUserImportJob, DescribeUserImportJob, StopUserImportJob) and of the pre-signed upload URL,
 * which, like the real storage, refuses a PUT without `x-amz-server-side-encryption: aws:kms`.
 * Neither moto nor cognito-local implements import jobs.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { parse } from 'csv-parse/sync';
import { listenOnLoopback } from '../../harness/ports.js';

export interface Upload {
  jobId: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface FakeImportJob {
  JobId: string;
  JobName: string;
  UserPoolId: string;
  CloudWatchLogsRoleArn: string;
  Status: string;
  ImportedUsers: number;
  FailedUsers: number;
  SkippedUsers: number;
  /** Set once the file arrived. */
  rows?: number;
}

export interface FakeImportService {
  endpoint: string;
  /** Operation names and uploads (`PUT`), in order. */
  log: string[];
  uploads: Upload[];
  jobs: Map<string, FakeImportJob>;
  /** The status a job ends in (default Succeeded). */
  finalStatus: string;
  /** Describe calls a job spends in progress before it ends. */
  pollsInProgress: number;
  stop(): Promise<void>;
}

export async function startFakeImportService(csvHeader: string[]): Promise<FakeImportService> {
  const service: FakeImportService = {
    endpoint: '',
    log: [],
    uploads: [],
    jobs: new Map(),
    finalStatus: 'Succeeded',
    pollsInProgress: 3,
    stop: async () => undefined,
  };
  const polls = new Map<string, number>();
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
    res.end(JSON.stringify(body));
  };
  const fail = (res: ServerResponse, code: string, message: string) => send(res, 400, { __type: code, message });
  const describe = (job: FakeImportJob) => {
    const { rows: _rows, ...visible } = job;
    return { ...visible, CreationDate: 1700000000.5 };
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'PUT') {
        service.log.push('PUT');
        const jobId = url.pathname.split('/').pop() ?? '';
        const job = service.jobs.get(jobId);
        if (!job || req.headers['x-amz-server-side-encryption'] !== 'aws:kms' || url.searchParams.get('X-Amz-Signature') !== `signed-${jobId}`) {
          res.writeHead(403, { 'content-type': 'application/xml' });
          return res.end('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message></Error>');
        }
        service.uploads.push({ jobId, headers: req.headers, body });
        job.rows = (parse(body, { bom: true, skip_empty_lines: true }) as unknown[]).length - 1;
        res.writeHead(200);
        return res.end();
      }
      const operation = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
      service.log.push(operation);
      const input = JSON.parse(body.toString('utf8') || '{}') as Record<string, string>;
      const job = service.jobs.get(input.JobId);
      switch (operation) {
        case 'GetCSVHeader':
          return send(res, 200, { UserPoolId: input.UserPoolId, CSVHeader: csvHeader });
        case 'CreateUserImportJob': {
          const jobId = `import-${service.jobs.size + 1}`;
          const created: FakeImportJob = {
            JobId: jobId,
            JobName: input.JobName,
            UserPoolId: input.UserPoolId,
            CloudWatchLogsRoleArn: input.CloudWatchLogsRoleArn,
            Status: 'Created',
            ImportedUsers: 0,
            FailedUsers: 0,
            SkippedUsers: 0,
          };
          service.jobs.set(jobId, created);
          const PreSignedUrl = `${service.endpoint}/uploads/${jobId}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-SignedHeaders=host%3Bx-amz-server-side-encryption&X-Amz-Signature=signed-${jobId}`;
          return send(res, 200, { UserImportJob: { ...describe(created), PreSignedUrl } });
        }
        case 'StartUserImportJob':
          if (!job) return fail(res, 'ResourceNotFoundException', 'No such job');
          if (job.rows === undefined) return fail(res, 'PreconditionNotMetException', 'The CSV file has not been uploaded');
          job.Status = 'Pending';
          return send(res, 200, { UserImportJob: describe(job) });
        case 'DescribeUserImportJob': {
          if (!job) return fail(res, 'ResourceNotFoundException', 'No such job');
          const n = (polls.get(job.JobId) ?? 0) + 1;
          polls.set(job.JobId, n);
          if (job.Status === 'Pending' || job.Status === 'InProgress') {
            if (n <= service.pollsInProgress) {
              job.Status = 'InProgress';
              job.ImportedUsers = Math.floor(((job.rows ?? 0) * (n - 1)) / service.pollsInProgress);
            } else {
              job.Status = service.finalStatus;
              job.FailedUsers = service.finalStatus === 'Failed' ? 1 : 0;
              job.ImportedUsers = (job.rows ?? 0) - job.FailedUsers;
            }
          } else if (job.Status === 'Stopping') job.Status = 'Stopped';
          return send(res, 200, { UserImportJob: describe(job) });
        }
        case 'StopUserImportJob':
          if (!job) return fail(res, 'ResourceNotFoundException', 'No such job');
          job.Status = 'Stopping';
          return send(res, 200, { UserImportJob: describe(job) });
        default:
          return fail(res, 'UnknownOperationException', operation);
      }
    });
  });
  Object.assign(service, await listenOnLoopback(server));
  return service;
}
