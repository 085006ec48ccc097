/**
 * Sends one request through the SDK client and returns the response body parsed by parseRawJson,
 * not by the SDK (why: at captureRawBody).
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
   * False: the body is read by JSON.parse, its numbers plain numbers (not PythonNumbers), for a caller
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
  addAfter(command, 'httpSigningMiddleware', 'cliRequestOnTheWire', onTheWire);
  const captureRawBody: Middleware<unknown, { response: RawResponse }> = (next) => async (args) => {
    const result = await next(args);
    answered = true;
    const bytes = await readBody(result.response.body);
    rawBody = new TextDecoder().decode(bytes);
    logResponse(debug, spec, result.response, rawBody);
    // The SDK's deserializer is used for one thing: reading an error's body to make the exception
    // that toCliError maps. A successful body is parsed once, by parseRawJson below, because the
    // SDK's output has lost the text of its numbers, which the AWS CLI prints: `1.0` stays a float,
    // integers beyond 2^53 stay exact, a timestamp keeps the digits it came with (the SDK makes it
    // a Date).
    // The SDK is handed an empty body instead.
    result.response.body = result.response.statusCode < 300 ? new Uint8Array(0) : bytes;
    return result;
  };
  addAfter(command, 'deserializerMiddleware', 'captureRawBody', captureRawBody);
  const nullMembers = nullDocumentMembers(input, spec.input);
  if (nullMembers.length) {
    addAfter(command, 'serializerMiddleware', 'cliNullDocumentMembers', restoreNullMembers(nullMembers));
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

function addAfter(command: InstanceType<CommandConstructor>, toMiddleware: string, name: string, middleware: unknown): void {
  command.middlewareStack.addRelativeTo(middleware, { relation: 'after', toMiddleware, name, override: true });
}

async function readBody(body: unknown): Promise<Uint8Array> {
  if (body instanceof Uint8Array) return body;
  if (!body || typeof (body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] !== 'function') return new Uint8Array();
  const chunks: Uint8Array[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
