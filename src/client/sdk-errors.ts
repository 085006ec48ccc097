/** Maps what the SDK throws to our typed errors, with the AWS CLI's messages. */
import { STATUS_CODES } from 'node:http';
import { CliError, ConfigurationError, ConnectionError, InterruptedError, ServiceError } from '../errors.js';
import type { OperationSpec } from '../model/types.js';

interface SdkError {
  name?: string;
  code?: string;
  message?: string;
  $fault?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
  $response?: unknown;
}

const connectionCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** The connection was made, then closed before a whole answer came. */
const closedCodes = new Set(['ECONNRESET', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE']);
const tlsCodes = /CERT|SSL|TLS|SELF_SIGNED/;

/** `url` is where the request went, for messages about the connection. */
/** `maxAttempts`: botocore names the retry count only when the last error used every attempt. */
export function toCliError(error: unknown, spec: OperationSpec, url: string, maxAttempts = Infinity): CliError | unknown {
  if (error instanceof CliError) return error;
  const e = (error ?? {}) as SdkError;
  if (e.name === 'AbortError') return new InterruptedError();
  if (e.name === 'CredentialsProviderError' || e.name === 'ProviderError') {
    return new ConfigurationError('Unable to locate credentials. You can configure credentials by running "aws configure".');
  }
  if (e.$fault && e.$metadata?.httpStatusCode && e.name && e.name !== 'SyntaxError') {
    const status = e.$metadata.httpStatusCode;
    const attempts = e.$metadata.attempts ?? 1;
    const retries = attempts > 1 && attempts >= maxAttempts ? attempts - 1 : undefined;
    // A 5xx without an error code (an empty or HTML body): botocore names it by its status.
    if (status >= 500 && (e.name === 'Unknown' || e.name === 'UnknownError' || e.name === 'Error')) {
      return new ServiceError(String(status), spec.operation, STATUS_CODES[status] ?? '', retries);
    }
    const known = e.$response === undefined || e.name !== 'Error';
    if (known) return new ServiceError(e.name, spec.operation, e.message || 'Unknown', retries);
  }
  if (e.name === 'TimeoutError' || e.code === 'ETIMEDOUT') {
    const connect = /connect/i.test(e.message ?? '');
    return new ConnectionError(`${connect ? 'Connect' : 'Read'} timeout on endpoint URL: "${url}"`);
  }
  if (e.code && closedCodes.has(e.code) || e.message === 'aborted') {
    return new ConnectionError(`Connection was closed before we received a valid response from endpoint URL: "${url}".`);
  }
  if (e.code && connectionCodes.has(e.code)) return new ConnectionError(`Could not connect to the endpoint URL: "${url}"`);
  if (e.code && tlsCodes.test(e.code)) return new ConnectionError(`SSL validation failed for ${url} ${e.message ?? ''}`.trim());
  if (e.name === 'SyntaxError' || /Deserialization error|Unexpected token|JSON/.test(e.message ?? '')) {
    return new ConnectionError(`Unable to parse response from ${url}: the body is not valid JSON`);
  }
  return error;
}
