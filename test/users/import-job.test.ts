/** import-users' job: header check, the pre-signed upload with its KMS header, polling, Ctrl-C. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { InterruptedError, ParameterError } from '../../src/errors.js';
import type { PythonNumber } from '../../src/python/number.js';
import { checkCsvHeader, CsvHeaderError, readCsvSummary } from '../../src/users/csv-header.js';
import { importJobExitCode, runImportJob, type ImportJobOptions, type ImportProgress } from '../../src/users/import-job.js';
import { CsvUploadError } from '../../src/users/upload-csv.js';
import { startFakeImportService, type FakeImportService } from '../support/fake-import-service.js';
import { sdkCall, type SdkCall } from '../support/sdk-call.js';

const header = ['name', 'email', 'email_verified', 'custom:dept', 'cognito:mfa_enabled', 'cognito:username'];
const dir = mkdtempSync(join(tmpdir(), 'import-'));
function csvFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
// Columns in another order than GetCSVHeader's (Cognito accepts any order), quoting, CRLF, non-ASCII.
const goodCsv = csvFile(
  'good.csv',
  'cognito:username,email,email_verified,name,custom:dept,cognito:mfa_enabled\r\n' +
    'zoë,zoe@example.com,true,"Zoë ""Z"", jr.",ü,false\r\n' +
    'ann,ann@example.com,true,"two\nlines",,false\r\n' +
    'bo,bo@example.com,true,Bo,d,false\r\n',
);

describe('the CSV header check', () => {
  test('any order of exactly the expected columns passes', () => {
    checkCsvHeader([...header].reverse(), header);
  });

  test('one error naming the missing, unknown and repeated columns, exit 252', () => {
    assert.throws(
      () => checkCsvHeader(['cognito:username', 'email', 'emial', 'email', 'name', 'custom:dept'], header),
      (error: CsvHeaderError) => {
        assert.ok(error instanceof ParameterError);
        assert.equal(error.exitCode, 252);
        assert.deepEqual(error.missing, ['email_verified', 'cognito:mfa_enabled']);
        assert.deepEqual(error.unknown, ['emial']);
        assert.equal(
          error.message,
          'The CSV header does not match get-csv-header for this user pool: missing columns: email_verified, cognito:mfa_enabled; unknown columns: emial; repeated columns: email',
        );
        return true;
      },
    );
  });

  test('the header and the row count come from a CSV parser (quoted newlines, BOM)', async () => {
    assert.deepEqual(await readCsvSummary(goodCsv), { header: ['cognito:username', 'email', 'email_verified', 'name', 'custom:dept', 'cognito:mfa_enabled'], rows: 3 });
    const bom = csvFile('bom.csv', '\ufeffcognito:username,email\nu,e\n');
    assert.deepEqual(await readCsvSummary(bom), { header: ['cognito:username', 'email'], rows: 1 });
    await assert.rejects(readCsvSummary(csvFile('empty.csv', '')), ParameterError);
  });
});

describe('an import job against a fake service', () => {
  let service: FakeImportService;
  let sdk: SdkCall;
  before(async () => {
    service = await startFakeImportService(header);
    sdk = sdkCall(service.endpoint, { maxAttempts: 1 });
  });
  after(async () => {
    sdk?.destroy();
    await service?.stop();
  });
  beforeEach(() => {
    service.log.length = 0;
    service.uploads.length = 0;
    service.finalStatus = 'Succeeded';
    service.pollsInProgress = 3;
  });
  const options = (extra: Partial<ImportJobOptions> = {}): ImportJobOptions => ({
    userPoolId: 'us-east-1_pool',
    csvFile: goodCsv,
    cloudWatchLogsRoleArn: 'arn:aws:iam::123456789012:role/CognitoImport',
    jobName: 'nightly',
    pollIntervalMs: 1,
    ...extra,
  });

  test('creates, uploads byte for byte with the KMS header, starts and follows the job to Succeeded', async () => {
    const progress: ImportProgress[] = [];
    const answer = await runImportJob(sdk.call, options({ onProgress: (p) => progress.push(p) }));
    assert.deepEqual(service.log, ['GetCSVHeader', 'CreateUserImportJob', 'PUT', 'StartUserImportJob', 'DescribeUserImportJob', 'DescribeUserImportJob', 'DescribeUserImportJob', 'DescribeUserImportJob']);
    assert.equal(service.uploads.length, 1);
    const [upload] = service.uploads;
    assert.ok(upload.body.equals(readFileSync(goodCsv)));
    assert.equal(upload.headers['x-amz-server-side-encryption'], 'aws:kms');
    assert.equal(upload.headers['content-length'], String(readFileSync(goodCsv).length));
    const job = answer.UserImportJob as Record<string, unknown>;
    assert.equal(job.Status, 'Succeeded');
    assert.equal(job.JobName, 'nightly');
    assert.equal((job.CreationDate as PythonNumber).text, '1700000000.5', 'the service\'s number text is kept');
    assert.equal(importJobExitCode(answer), 0);
    assert.deepEqual(progress.map((p) => [p.Status, p.Imported, p.Failed, p.Total]), [
      ['InProgress', 0, 0, 3],
      ['InProgress', 1, 0, 3],
      ['InProgress', 2, 0, 3],
      ['Succeeded', 3, 0, 3],
    ]);
    const created = service.jobs.get(upload.jobId)!;
    assert.equal(created.CloudWatchLogsRoleArn, 'arn:aws:iam::123456789012:role/CognitoImport');
  });

  test('a bad header is refused before any job exists', async () => {
    const jobs = service.jobs.size;
    const bad = csvFile('bad.csv', 'cognito:username,email,surname\nu,e,s\n');
    await assert.rejects(runImportJob(sdk.call, options({ csvFile: bad })), (error: CsvHeaderError) => {
      assert.equal(error.exitCode, 252);
      assert.match(error.message, /missing columns: name, email_verified, custom:dept, cognito:mfa_enabled; unknown columns: surname$/);
      return true;
    });
    assert.deepEqual(service.log, ['GetCSVHeader']);
    assert.equal(service.jobs.size, jobs);
  });

  test('a failed job is the final description with exit code 254', async () => {
    service.finalStatus = 'Failed';
    const answer = await runImportJob(sdk.call, options());
    assert.equal((answer.UserImportJob as { Status: string }).Status, 'Failed');
    assert.equal(importJobExitCode(answer), 254);
  });

  test('without waiting, the answer is StartUserImportJob’s', async () => {
    const answer = await runImportJob(sdk.call, options({ wait: false }));
    assert.equal((answer.UserImportJob as { Status: string }).Status, 'Pending');
    assert.ok(!service.log.includes('DescribeUserImportJob'));
  });

  test('an abort while waiting stops the job, then throws InterruptedError', async () => {
    service.pollsInProgress = 1_000;
    const controller = new AbortController();
    let polls = 0;
    const running = runImportJob(sdk.call, options({
      pollIntervalMs: 5,
      signal: controller.signal,
      onProgress: () => void (++polls === 3 && controller.abort()),
    }));
    await assert.rejects(running, InterruptedError);
    assert.equal(service.log.at(-1), 'StopUserImportJob');
    const jobId = service.uploads[0].jobId;
    assert.equal(service.jobs.get(jobId)!.Status, 'Stopping');
  });

  test('storage refusing the upload is exit 254, without the signature in the message', async () => {
    const refused = runImportJob(sdk.call, options({
      upload: (url, path, signal) => import('../../src/users/upload-csv.js').then(({ uploadCsv }) => uploadCsv(url.replace(/X-Amz-Signature=[^&]*/, 'X-Amz-Signature=forged'), path, signal)),
    }));
    await assert.rejects(refused, (error: CsvUploadError) => {
      assert.ok(error instanceof CsvUploadError);
      assert.equal(error.exitCode, 254);
      assert.equal(error.code, 'SignatureDoesNotMatch');
      assert.match(error.message, /^The CSV upload to the pre-signed URL failed \(HTTP 403 SignatureDoesNotMatch\): The request signature/);
      assert.ok(!error.message.includes('forged'));
      return true;
    });
    assert.ok(!service.log.includes('StartUserImportJob'));
  });

  test('the fake, like storage, refuses an upload without the KMS header', async () => {
    await runImportJob(sdk.call, options({ wait: false }));
    const jobId = service.uploads.at(-1)!.jobId;
    const status = await new Promise<number>((resolve, reject) => {
      const put = request(`${service.endpoint}/uploads/${jobId}?X-Amz-Signature=signed-${jobId}`, { method: 'PUT' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      put.on('error', reject);
      put.end('cognito:username\n');
    });
    assert.equal(status, 403);
  });
});
