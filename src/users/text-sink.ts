/** Where streamed output goes: process.stdout, a file stream, or a test's collector. */
export interface TextSink {
  write(chunk: string): unknown;
  once?(event: string, listener: (...args: unknown[]) => void): unknown;
  off?(event: string, listener: (...args: unknown[]) => void): unknown;
}

/**
 * Writes one whole chunk; when a stream's buffer is full, waits until it drains so that memory stays
 * flat however much is written. A stream that fails or closes instead rejects the wait.
 */
export async function writeText(sink: TextSink, text: string): Promise<void> {
  if (sink.write(text) !== false || !sink.once) return;
  await new Promise<void>((resolve, reject) => {
    const settle = (error?: unknown) => {
      sink.off?.('drain', onDrain);
      sink.off?.('error', onError);
      sink.off?.('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle();
    const onError = (error: unknown) => settle(error ?? new Error('the output stream failed'));
    const onClose = () => settle(new Error('the output stream closed'));
    sink.once!('drain', onDrain);
    sink.once!('error', onError);
    sink.once!('close', onClose);
  });
}
