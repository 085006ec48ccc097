/** --output json: Python's json.dumps(indent=4, ensure_ascii=False); an empty response prints nothing. */
import type { PagedResult } from './call-result.js';
import { fullResult, isEmptyObject, type Formatter, type OutputJob } from './formatter.js';
import { PythonJsonWriter, writePythonJson } from './python-json.js';
import type { Sink } from './sink.js';
import { asObject, isObject, type OutputObject } from './value.js';

export const formatJson: Formatter = async (job) => {
  const { result } = job;
  if (result.kind === 'paged' && !job.query && result.resultKeys.length === 1) return writeListing(job, result);
  const value = await fullResult(job);
  if (isEmptyObject(value)) return;
  writePythonJson(value, job.sink);
  job.sink.write('\n');
};

/**
 * A listing prints what its merged result would, but its items are written page by page, as UTF-8
 * text held until the last page is in: a failure on a later page still prints nothing, as the AWS
 * CLI does, and the listing is held as its text, a fraction of what its parsed pages would take.
 */
async function writeListing(job: OutputJob, result: PagedResult): Promise<void> {
  const key = result.resultKeys[0];
  const items = new HeldText();
  const writer = new PythonJsonWriter(items);
  let seen = false;
  let count = 0;
  for await (const page of result.pages()) {
    if (!isObject(page) || page[key] === undefined || page[key] === null) continue;
    const shaped = job.shape(page);
    const list = isObject(shaped) ? shaped[key] : undefined;
    if (!Array.isArray(list)) continue;
    seen = true;
    for (const item of list) {
      writer.raw(count++ === 0 ? '[\n        ' : ',\n        ');
      writer.value(item, '        ');
    }
    writer.flush();
    items.seal();
  }
  writer.raw(count === 0 ? '[]' : '\n    ]');
  writer.flush();
  // The rest of the merged result, in its order, with the result key standing for the items.
  const rest: OutputObject = { ...asObject(result.nonAggregatePart()) };
  if (seen) rest[key] = [];
  const token = result.resumeToken();
  if (token !== undefined) rest.NextToken = token;
  const whole = job.shapeFull(rest, result.resultKeys);
  if (isEmptyObject(whole) || !isObject(whole)) return;
  const out = new PythonJsonWriter(job.sink);
  let first = true;
  for (const [name, value] of Object.entries(whole)) {
    out.raw(`${first ? '{' : ','}\n    ${JSON.stringify(name)}: `);
    first = false;
    if (name === key && seen) {
      out.flush();
      await items.writeTo(job.sink);
    } else out.value(value, '    ');
  }
  out.raw('\n}\n');
  out.flush();
}

/** Text kept as UTF-8 bytes (as compact as it gets) until it is written. */
class HeldText {
  private readonly pieces: Buffer[] = [];
  private text = '';

  write(text: string): void {
    this.text += text;
    if (this.text.length >= 64 * 1024) this.seal();
  }

  /** Encodes what was written since the last piece. */
  seal(): void {
    if (this.text) this.pieces.push(Buffer.from(this.text, 'utf8'));
    this.text = '';
  }

  async writeTo(out: Sink): Promise<void> {
    this.seal();
    for (let piece = this.pieces.shift(); piece; piece = this.pieces.shift()) {
      out.writeBytes(piece);
      await out.drained();
    }
  }
}
