/**
 * Collects small writes into chunks of about 64 KiB before handing them to the stream, so a large
 * result is neither written a few bytes at a time nor held whole as one giant string.
 */
import type { OutputStream } from '../io.js';

const CHUNK_SIZE = 64 * 1024;

export class Sink {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly stream: OutputStream) {}

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_SIZE) this.flush();
  }

  flush(): void {
    if (this.size === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    this.stream.write(chunk);
  }
}
