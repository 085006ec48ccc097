/** Results held in memory, single or paged, for driving the formatters without a service. */
import type { CallResult, PagedResult } from '../../../src/output/call-result.js';
import type { Formatter, OutputJob } from '../../../src/output/formatter.js';
import { compileQuery } from '../../../src/output/query.js';
import { shapeFullResult } from '../../../src/output/shape-order.js';
import { Sink } from '../../../src/output/sink.js';
import type { OutputObject, OutputValue } from '../../../src/output/value.js';

export interface PagedCase {
  resultKeys: string[];
  pages: OutputObject[];
  nonAggregate: OutputObject;
  resumeToken?: string;
}

/** Pages in botocore's PageIterator manner; `pagesRead` counts pages handed out so far. */
export function pagedResult(paged: PagedCase): PagedResult & { pagesRead: number } {
  const result = {
    kind: 'paged' as const,
    resultKeys: paged.resultKeys,
    pagesRead: 0,
    async *pages() {
      for (const page of paged.pages) {
        result.pagesRead++;
        yield page;
      }
    },
    nonAggregatePart: () => paged.nonAggregate,
    resumeToken: () => paged.resumeToken,
    async fullResult() {
      const full: OutputObject = {};
      for (const page of paged.pages) {
        for (const key of paged.resultKeys) {
          const items = page[key];
          if (Array.isArray(items)) full[key] = [...((full[key] as OutputValue[] | undefined) ?? []), ...items];
        }
      }
      Object.assign(full, paged.nonAggregate);
      if (paged.resumeToken !== undefined) full.NextToken = paged.resumeToken;
      return full;
    },
  };
  return result;
}

export interface FormatOptions {
  query?: string;
  width?: number;
  color?: boolean;
  /** Receives each chunk as the formatter writes it. */
  onWrite?: (chunk: string) => void;
}

/** Runs one formatter on a result with no model (responses print as given) and returns its output. */
export async function format(formatter: Formatter, result: CallResult, options: FormatOptions = {}): Promise<string> {
  let out = '';
  const sink = new Sink({
    write: (chunk: string) => {
      out += chunk;
      options.onWrite?.(chunk);
    },
  });
  const job: OutputJob = {
    result,
    operation: 'ListUsers',
    shape: (value) => value,
    shapeFull: (value, resultKeys) => shapeFullResult(value, 'NoModelShape', resultKeys),
    query: options.query !== undefined ? compileQuery(options.query) : undefined,
    sink,
    color: options.color ?? false,
    terminalWidth: options.width ?? 80,
  };
  await formatter(job);
  sink.flush();
  return out;
}

export function single(response: OutputValue): CallResult {
  return { kind: 'single', response };
}
