/**
 * Sends one request through the SDK client and returns the response body as the service sent it,
 * so that output keeps the service's numbers and map order exactly.
 */
import * as sdk from '@aws-sdk/client-cognito-identity-provider';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { OperationSpec } from '../model/types.js';
import { parseRawJson, type OutputValue } from '../output/value.js';
import { toCliError } from './sdk-errors.js';

interface HttpRequestLike {
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
}

function requestUrl({ protocol, hostname, port, path }: HttpRequestLike): string {
  return `${protocol}//${hostname}${port ? `:${port}` : ''}${path}`;
}

interface RawResponse {
  statusCode: number;
  body: unknown;
}

type CommandConstructor = new (input: unknown) => {
  middlewareStack: { addRelativeTo(middleware: unknown, options: unknown): void };
};

export async function invoke(
  client: CognitoIdentityProviderClient,
  spec: OperationSpec,
  input: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<OutputValue> {
  const Command = (sdk as unknown as Record<string, CommandConstructor>)[`${spec.operation}Command`];
  const command = new Command(input);
  let rawBody = '';
  let url = '';
  command.middlewareStack.addRelativeTo(
    (next: (args: { request: HttpRequestLike }) => Promise<unknown>) => async (args: { request: HttpRequestLike }) => {
      url = requestUrl(args.request);
      return next(args);
    },
    { relation: 'before', toMiddleware: 'deserializerMiddleware', name: 'recordUrl', override: true },
  );
  command.middlewareStack.addRelativeTo(
    (next: (args: unknown) => Promise<{ response: RawResponse }>) => async (args: unknown) => {
      const result = await next(args);
      const bytes = await readBody(result.response.body);
      rawBody = new TextDecoder().decode(bytes);
      result.response.body = bytes;
      return result;
    },
    { relation: 'after', toMiddleware: 'deserializerMiddleware', name: 'captureRawBody', override: true },
  );
  try {
    await client.send(command as never, { abortSignal: signal });
  } catch (error) {
    throw toCliError(error, spec, url);
  }
  return rawBody.trim() ? parseRawJson(rawBody) : {};
}

async function readBody(body: unknown): Promise<Uint8Array> {
  if (body instanceof Uint8Array) return body;
  if (!body || typeof (body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] !== 'function') return new Uint8Array();
  const chunks: Uint8Array[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
