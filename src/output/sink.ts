/**
 * Collects small writes into chunks of about 64 KiB before handing them to the stream, so a large
 * result is neither written a few bytes at a time nor held whole as one giant string.
 */
import type { OutputStream } from '../cli/io.js';

const CHUNK_SIZE = 64 * 1024;

export class Sink {
  // Appending builds a rope V8 flattens once, when the chunk is written.
  private chunk = '';

  constructor(private readonly stream: OutputStream) {}

  write(text: string): void {
    this.chunk += text;
    if (this.chunk.length >= CHUNK_SIZE) this.flush();
  }

  /** UTF-8 bytes of whole characters, after the text written before them. */
  writeBytes(bytes: Uint8Array): void {
    this.flush();
    this.stream.write(bytes);
  }

  flush(): void {
    if (this.chunk.length === 0) return;
    const chunk = this.chunk;
    this.chunk = '';
    this.stream.write(chunk);
  }
}
