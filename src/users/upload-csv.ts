/**
 * PUTs the CSV file to an import job's pre-signed URL. The URL is signed with the
 * `x-amz-server-side-encryption: aws:kms` header, so the request must carry it, or storage answers
 * 403 SignatureDoesNotMatch.
 */
import { createReadStream, statSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { CliError, ConnectionError, ExitCode, InterruptedError } from '../errors.js';

/** Storage refused the upload (exit 254, as for a service error). */
export class CsvUploadError extends CliError {
  readonly exitCode = ExitCode.service;
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
  ) {
    super(`The CSV upload to the pre-signed URL failed (HTTP ${status}${code ? ` ${code}` : ''})${detail ? `: ${detail}` : ''}`);
  }
}

export async function uploadCsv(url: string, path: string, signal?: AbortSignal): Promise<void> {
  const target = new URL(url);
  const request = target.protocol === 'http:' ? httpRequest : httpsRequest;
  const size = statSync(path).size;
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const outgoing = request(
      target,
      {
        method: 'PUT',
        headers: { 'x-amz-server-side-encryption': 'aws:kms', 'content-length': String(size) },
        signal,
      },
      resolve,
    );
    outgoing.on('error', (error: Error & { code?: string }) =>
      reject(error.name === 'AbortError' ? new InterruptedError() : new ConnectionError(`Could not upload the CSV to ${target.origin}${target.pathname}: ${error.message}`)),
    );
    const file = createReadStream(path);
    file.on('error', (error) => outgoing.destroy(error));
    file.pipe(outgoing);
  });
  const body = await readAll(response);
  const status = response.statusCode ?? 0;
  if (status < 200 || status >= 300) {
    const code = /<Code>([^<]*)<\/Code>/.exec(body)?.[1] ?? '';
    const message = /<Message>([^<]*)<\/Message>/.exec(body)?.[1] ?? '';
    throw new CsvUploadError(status, code, message);
  }
}

async function readAll(response: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
