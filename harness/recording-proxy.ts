/**
 * A loopback proxy in front of an emulator that keeps each response as the service sent it, so a
 * scenario can read ids from it whatever the output format, and record it for replay.
 */
import { createServer } from 'node:http';
import { listenOnLoopback } from './ports.js';

export interface RecordedResponse {
  status: number;
  /** The X-Amzn-ErrorType header of an error answer. */
  errorType?: string;
  body: string;
}

export interface RecordingProxy {
  endpoint: string;
  /** The last response, or undefined when the step sent nothing. */
  takeLast(): RecordedResponse | undefined;
  stop(): Promise<void>;
}

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  let last: RecordedResponse | undefined;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string' && name !== 'host' && name !== 'connection') headers[name] = value;
      }
      try {
        const answer = await fetch(`${target}${req.url ?? '/'}`, { method: req.method, headers, body: Buffer.concat(chunks) });
        const body = await answer.text();
        const errorType = answer.headers.get('x-amzn-errortype') ?? undefined;
        last = { status: answer.status, ...(errorType ? { errorType } : {}), body };
        res.writeHead(answer.status, {
          'content-type': answer.headers.get('content-type') ?? 'application/x-amz-json-1.1',
          ...(errorType ? { 'x-amzn-errortype': errorType } : {}),
        });
        res.end(body);
      } catch (error) {
        res.writeHead(502);
        res.end(String(error));
      }
    });
  });
  const { endpoint, stop } = await listenOnLoopback(server);
  return {
    endpoint,
    takeLast: () => {
      const response = last;
      last = undefined;
      return response;
    },
    stop,
  };
}
