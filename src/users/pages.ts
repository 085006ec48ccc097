/** Follows a listing's token from page to page, one request at a time, yielding each response. */
import { InterruptedError } from '../errors.js';
import type { Call, CallOptions } from './call.js';

export interface Listing extends CallOptions {
  operation: string;
  input: Record<string, unknown>;
  /** The token's name in requests and responses: `PaginationToken` (ListUsers) or `NextToken`. */
  token: string;
  signal?: AbortSignal;
}

export async function* pages(call: Call, listing: Listing): AsyncGenerator<Record<string, unknown>> {
  let token: unknown;
  do {
    if (listing.signal?.aborted) throw new InterruptedError();
    const input = token ? { ...listing.input, [listing.token]: token } : listing.input;
    const page = await call(listing.operation, input, { keepNumberText: listing.keepNumberText });
    yield page;
    token = page[listing.token];
  } while (typeof token === 'string' && token !== '');
}

/** The items of a page's list member, or none. */
export function itemsOf(page: Record<string, unknown>, member: string): Record<string, unknown>[] {
  const items = page[member];
  return Array.isArray(items) ? (items as Record<string, unknown>[]) : [];
}
