/** The lines of a text file (or any readable stream), read as they are needed. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export function streamLines(input: Readable): AsyncIterable<string> {
  // readline starts reading at once and drops lines nobody listens for: take its iterator now, so
  // that lines read while the caller is busy elsewhere (say, listing groups first) wait for it.
  const iterator = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  return { [Symbol.asyncIterator]: () => iterator };
}

export function fileLines(path: string): AsyncIterable<string> {
  return streamLines(createReadStream(path, { encoding: 'utf8' }));
}
