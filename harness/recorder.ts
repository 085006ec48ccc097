/**
 * A loopback endpoint that records each request and answers from a script: it proves what the CLI
 * sends for operations no emulator implements, and plays faulty services for reliability tests.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './ports.js';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The X-Amz-Target operation name, e.g. `AdminCreateUser`. */
  operation: string;
  body: string;
}

/** How to answer a request; the default is 200 with `{}`. */
export type Responder = (request: RecordedRequest, response: ServerResponse) => void;

export interface Recorder {
  endpoint: string;
  requests: RecordedRequest[];
  /** The parsed JSON body of the last request. */
  lastBody(): unknown;
  respondWith(responder: Responder): void;
  stop(): Promise<void>;
}

export const answerJson =
  (body: unknown, status = 200): Responder =>
  (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  };

export async function startRecorder(): Promise<Recorder> {
  const requests: RecordedRequest[] = [];
  let responder: Responder = answerJson({});
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '');
      const request: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        operation: target.split('.').pop() ?? '',
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      responder(request, res);
    });
  });
  const { endpoint, stop } = await listenOnLoopback(server);
  return {
    endpoint,
    requests,
    lastBody: () => JSON.parse(requests.at(-1)?.body || 'null'),
    respondWith: (next) => void (responder = next),
    stop,
  };
}
