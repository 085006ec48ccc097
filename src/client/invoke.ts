/**
 * Sends one request through the SDK client and returns the response body as the service sent it,
 * so that output keeps the service's numbers and map order exactly.
 */
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { loadSdkCommand } from '../commands/index.js';
import { silentLog, type DebugLog } from '../debug/index.js';
import type { OperationSpec } from '../model/types.js';
import { parseRawJson, type OutputValue } from '../output/value.js';
import { logFailure, logParams, logRequest, logResponse, requestUrl, type WireRequest, type WireResponse } from './debug-log-format.js';
import { toCliError } from './sdk-errors.js';
import { nullDocumentMembers, restoreNullMembers } from './document-nulls.js';

interface RawResponse extends WireResponse {
  body: unknown;
}

type Middleware<A, R> = (next: (args: A) => Promise<R>) => (args: A) => Promise<R>;

type CommandConstructor = new (input: unknown) => {
  middlewareStack: { addRelativeTo(middleware: unknown, options: unknown): void };
};

export interface InvokeOptions {
  /**
   * False: the body is read by JSON.parse, its numbers plain numbers (not RawNumbers), for a caller
   * that prints none of them, such as a listing read only for its names. Default true.
   */
  keepNumberText?: boolean;
}

let answered = false;

/** Whether any request of this process was answered by the service, with a result or an error. */
export function serviceAnswered(): boolean {
  return answered;
}

export async function invoke(
  client: CognitoIdentityProviderClient,
  spec: OperationSpec,
  input: Record<string, unknown>,
  signal?: AbortSignal,
  debug: DebugLog = silentLog,
  { keepNumberText = true }: InvokeOptions = {},
): Promise<OutputValue> {
  // One operation's command class, loaded on first use: the SDK's other commands never load.
  const Command = (await loadSdkCommand(spec.name)) as CommandConstructor;
  const command = new Command(input);
  let rawBody = '';
  let url = '';
  let attempt = 0;
  const onTheWire: Middleware<{ request: WireRequest }, unknown> = (next) => async (args) => {
    url = requestUrl(args.request);
    logRequest(debug, spec, args.request, ++attempt, input);
    try {
      return await next(args);
    } catch (error) {
      if (!(error as { $metadata?: unknown }).$metadata) logFailure(debug, error);
      throw error;
    }
  };
  // After signing, so that the logged headers are the ones sent (and redacted), once per attempt.
  command.middlewareStack.addRelativeTo(onTheWire, {
    relation: 'after',
    toMiddleware: 'httpSigningMiddleware',
    name: 'cliRequestOnTheWire',
    override: true,
  });
  const captureRawBody: Middleware<unknown, { response: RawResponse }> = (next) => async (args) => {
    const result = await next(args);
    answered = true;
    const bytes = await readBody(result.response.body);
    rawBody = new TextDecoder().decode(bytes);
    logResponse(debug, spec, result.response, rawBody);
    // A successful body is parsed once, below, keeping the service's numbers and order: the SDK is
    // handed an empty one. An error's body is the SDK's to read, to make its exception.
    result.response.body = result.response.statusCode < 300 ? new Uint8Array(0) : bytes;
    return result;
  };
  command.middlewareStack.addRelativeTo(captureRawBody, {
    relation: 'after',
    toMiddleware: 'deserializerMiddleware',
    name: 'captureRawBody',
    override: true,
  });
  const nullMembers = nullDocumentMembers(input, spec.input);
  if (nullMembers.length) {
    command.middlewareStack.addRelativeTo(restoreNullMembers(nullMembers), {
      relation: 'after',
      toMiddleware: 'serializerMiddleware',
      name: 'cliNullDocumentMembers',
      override: true,
    });
  }
  logParams(debug, spec, input);
  try {
    await client.send(command as never, { abortSignal: signal });
  } catch (error) {
    const maxAttempts = await (client.config.maxAttempts as () => Promise<number>)().catch(() => undefined);
    throw toCliError(error, spec, url, maxAttempts);
  }
  try {
    if (!rawBody.trim()) return {};
    return keepNumberText ? parseRawJson(rawBody) : (JSON.parse(rawBody) as OutputValue);
  } catch (error) {
    // A body that is not JSON is reported as the SDK reports one it cannot parse.
    throw toCliError(error, spec, url, undefined);
  }
}

async function readBody(body: unknown): Promise<Uint8Array> {
  if (body instanceof Uint8Array) return body;
  if (!body || typeof (body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] !== 'function') return new Uint8Array();
  const chunks: Uint8Array[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
