/**
 * Every user of a pool as ListUsers returns it, plus `Groups` (the names of the user's groups, from
 * ListGroups and ListUsersInGroup joined in memory). With several segments the pool is listed as
 * disjoint `sub` prefix slices in parallel. Records stream page by page (as ListUsers returns them,
 * so that a writer makes one write of each): a few pages at most are held.
 */
import { ParameterError } from '../errors.js';
import type { Call } from './call.js';
import { listGroupMemberships } from './group-memberships.js';
import { mergeAsync } from './merge-async.js';
import { readAhead } from './read-ahead.js';
import { itemsOf, pages } from './pages.js';
import { subPrefixFilter, subPrefixSegments } from './sub-segments.js';
import { retryThrottled, type BackoffOptions } from './throttle-retry.js';

export interface ExportOptions {
  userPoolId: string;
  /** A ListUsers filter expression, passed through (one segment only: ListUsers takes one filter). */
  filter?: string;
  /** Add `Groups` to each record (default true). */
  groups?: boolean;
  /** Parallel `sub` prefix slices, 1 to 256 (default 1). */
  segments?: number;
  /** ListUsers page size, at most 60 (default 60). */
  pageSize?: number;
  /**
   * False when no number of a user is written out (CSV rows hold usernames and attribute values
   * alone): pages are then read by plain JSON.parse (default true).
   */
  keepNumberText?: boolean;
  /** Group listings at once while memberships are read (default 4). */
  groupConcurrency?: number;
  signal?: AbortSignal;
  /** Throttling back-off; the signal above is used for its waits. */
  backoff?: BackoffOptions;
}

/** Pages of users fetched ahead of the writer (60 users each). */
const readAheadPages = 8;

/** A ListUsers user object, with `Groups` unless groups were turned off. */
export type UserRecord = Record<string, unknown>;

/** The pool's users, a page at a time. */
export async function* exportUsers(call: Call, options: ExportOptions): AsyncGenerator<UserRecord[]> {
  const segments = subPrefixSegments(options.segments ?? 1);
  if (options.filter && segments.length > 1) {
    throw new ParameterError('--filter cannot be combined with --segments greater than 1: ListUsers takes one filter');
  }
  const retrying = retryThrottled(call, { ...options.backoff, signal: options.signal });
  const listings = segments.map((prefixes) => listSegment(retrying, options, prefixes)[Symbol.asyncIterator]());
  // Users are listed while memberships are read, a few pages ahead at most.
  const userPages = readAhead(listings.length === 1 ? listings[0] : mergeAsync(listings), readAheadPages);
  try {
    const memberships =
      options.groups === false
        ? undefined
        : await listGroupMemberships(retrying, options.userPoolId, { concurrency: options.groupConcurrency, signal: options.signal });
    for await (const users of userPages) {
      if (memberships) for (const user of users) user.Groups = memberships.of(String(user.Username));
      yield users;
    }
  } finally {
    await userPages.return!();
  }
}

/** The pages of users whose `sub` starts with one of `prefixes` (`''`: every user). */
async function* listSegment(call: Call, options: ExportOptions, prefixes: string[]): AsyncGenerator<UserRecord[]> {
  for (const prefix of prefixes) {
    const filter = prefix ? subPrefixFilter(prefix) : options.filter;
    const input = { UserPoolId: options.userPoolId, Limit: Math.min(options.pageSize ?? 60, 60), ...(filter ? { Filter: filter } : {}) };
    const listing = { operation: 'ListUsers', input, token: 'PaginationToken', signal: options.signal, keepNumberText: options.keepNumberText };
    for await (const page of pages(call, listing)) {
      yield itemsOf(page, 'Users');
    }
  }
}
