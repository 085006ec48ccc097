/**
 * Collects small writes into chunks of about 64 KiB before handing them to the stream, so a large
 * result is neither written a few bytes at a time nor held whole as one giant string.
 */
import type { OutputStream } from '../io.js';

const CHUNK_SIZE = 64 * 1024;

export class Sink {
  // Appending builds a rope V8 flattens once, when the chunk is written.
  private chunk = '';
  /** The stream holds more than it wants (a pipe read slowly): the writer should wait. */
  private full = false;

  constructor(private readonly stream: OutputStream) {}

  write(text: string): void {
    this.chunk += text;
    if (this.chunk.length >= CHUNK_SIZE) this.flush();
  }

  /** UTF-8 bytes of whole characters, after the text written before them. */
  writeBytes(bytes: Uint8Array): void {
    this.flush();
    if (this.stream.write(bytes) === false) this.full = true;
  }

  flush(): void {
    if (this.chunk.length === 0) return;
    const chunk = this.chunk;
    this.chunk = '';
    if (this.stream.write(chunk) === false) this.full = true;
  }

  /**
   * Resolves once the stream has taken what it was given. A pipe's reader can be slower than the
   * writer; without waiting, everything written would queue up in memory.
   */
  async drained(): Promise<void> {
    if (!this.full) return;
    this.full = false;
    const { once } = this.stream as { once?: (event: 'drain', listener: () => void) => unknown };
    if (typeof once === 'function') await new Promise<void>((resolve) => once.call(this.stream, 'drain', resolve));
  }
}
