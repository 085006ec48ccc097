/**
 * What a call hands to the output formatters: one response, or the pages of a paginated call
 * (the shape of botocore's PageIterator, which the AWS CLI's formatters are written against).
 */
import type { OutputValue } from './value.js';

export interface PagedResult {
  kind: 'paged';
  /** The list members merged across pages, e.g. ['Users']. */
  resultKeys: string[];
  /** Each page as received (already cut to --max-items). Iterate once. */
  pages(): AsyncIterable<OutputValue>;
  /** After iterating: the first page's members that are not result keys (nor the token). */
  nonAggregatePart(): OutputValue;
  /** After iterating: the token to print as NextToken when --max-items cut the listing. */
  resumeToken(): string | undefined;
  /** Iterates all pages and merges them, with NextToken when cut, as `aws` prints for json. */
  fullResult(): Promise<OutputValue>;
}

export interface SingleResult {
  kind: 'single';
  response: OutputValue;
}

export type CallResult = SingleResult | PagedResult;
