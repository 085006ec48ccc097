/**
 * The --debug lines of a call, written by the middleware in invoke.ts: the parameters, each
 * attempt's request as it goes on the wire (after signing, so the headers are the real ones) and
 * each response, with credentials, the signature and the members that hold secrets hidden.
 */
import { redactHeaders, redactValue, type DebugLog } from '../debug/index.js';
import type { OperationSpec } from '../model/types.js';

export interface WireRequest {
  method: string;
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
  headers: Record<string, string>;
}

export interface WireResponse {
  statusCode: number;
  headers: Record<string, string>;
}

export function requestUrl({ protocol, hostname, port, path }: Pick<WireRequest, 'protocol' | 'hostname' | 'port' | 'path'>): string {
  return `${protocol}//${hostname}${port ? `:${port}` : ''}${path}`;
}

export function logParams(debug: DebugLog, spec: OperationSpec, input: Record<string, unknown>): void {
  if (!debug.enabled) return;
  debug.log('cognito-idp.endpoint', `Making request for ${spec.operation} with params: ${JSON.stringify(redactValue(input, spec.input))}`);
}

export function logRequest(debug: DebugLog, spec: OperationSpec, request: WireRequest, attempt: number, input: Record<string, unknown>): void {
  if (!debug.enabled) return;
  const headers = JSON.stringify(redactHeaders(request.headers));
  const body = JSON.stringify(redactValue(input, spec.input));
  debug.log('cognito-idp.endpoint', `Sending http request: ${request.method} ${requestUrl(request)} attempt ${attempt} headers=${headers} body=${body}`);
}

export function logResponse(debug: DebugLog, spec: OperationSpec, response: WireResponse, body: string): void {
  if (!debug.enabled) return;
  let shown: string;
  try {
    const parsed: unknown = body.trim() ? JSON.parse(body) : {};
    const ok = response.statusCode >= 200 && response.statusCode < 300;
    shown = JSON.stringify(redactValue(parsed, ok ? spec.output : undefined));
  } catch {
    shown = `<${Buffer.byteLength(body)} bytes, not JSON>`;
  }
  const headers = JSON.stringify(redactHeaders(response.headers));
  debug.log('cognito-idp.parsers', `Response headers: ${headers} status: ${response.statusCode} body: ${shown}`);
}

export function logFailure(debug: DebugLog, error: unknown): void {
  if (!debug.enabled) return;
  const e = error as { name?: string; code?: string };
  debug.log('cognito-idp.endpoint', `Exception received when sending HTTP request: ${e?.name ?? 'Error'} ${e?.code ?? ''}`.trim());
}
