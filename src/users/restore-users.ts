/**
 * Rebuilds users from export-users JSON Lines: AdminCreateUser with the writable attributes and no
 * message, AdminDisableUser for disabled users, CreateGroup for groups the pool lacks, and
 * AdminAddUserToGroup for each membership. Users that already exist are skipped untouched and
 * counted, so a second run creates nothing. Passwords are not part of an export: restored users
 * start in FORCE_CHANGE_PASSWORD.
 */
import { InterruptedError } from '../errors.js';
import { parseRawJson, isObject } from '../output/value.js';
import { errorCode, errorMessage, type Call } from './call.js';
import { listGroupNames } from './group-memberships.js';
import { forEachInParallel } from './in-parallel.js';
import { retryThrottled, type BackoffOptions } from './throttle-retry.js';
import { writableAttributes } from './writable-attributes.js';

export interface RestoreOptions {
  userPoolId: string;
  /** Users restored at once (default 4). */
  concurrency?: number;
  /** Count what would be created and skipped, reading the pool only (AdminGetUser, ListGroups). */
  dryRun?: boolean;
  signal?: AbortSignal;
  backoff?: BackoffOptions;
  /** Told after each user. */
  onProgress?: (summary: Readonly<RestoreSummary>) => void;
}

export interface RestoreFailure {
  Username: string;
  Error: string;
}

export interface RestoreSummary {
  Created: number;
  Skipped: number;
  Failed: RestoreFailure[];
}

interface ExportedUser {
  Username: string;
  record: Record<string, unknown>;
}

export async function restoreUsers(
  call: Call,
  lines: Iterable<string> | AsyncIterable<string>,
  options: RestoreOptions,
): Promise<RestoreSummary> {
  const retrying = retryThrottled(call, { ...options.backoff, signal: options.signal });
  const summary: RestoreSummary = { Created: 0, Skipped: 0, Failed: [] };
  const groups = new GroupCreator(retrying, options.userPoolId, await listGroupNames(retrying, options.userPoolId, options.signal));
  const restoreOne = options.dryRun ? countOne : createOne;
  await forEachInParallel(numbered(lines), options.concurrency ?? 4, async ({ text, lineNumber }) => {
    if (options.signal?.aborted) throw new InterruptedError();
    const user = parseExportedUser(text, lineNumber);
    if ('error' in user) summary.Failed.push({ Username: `line ${lineNumber}`, Error: user.error });
    else {
      try {
        summary[await restoreOne(retrying, options.userPoolId, user, groups)]++;
      } catch (error) {
        if (options.signal?.aborted) throw error;
        summary.Failed.push({ Username: user.Username, Error: errorMessage(error) });
      }
    }
    options.onProgress?.(summary);
  });
  return summary;
}

type Outcome = 'Created' | 'Skipped';

async function createOne(call: Call, userPoolId: string, user: ExportedUser, groups: GroupCreator): Promise<Outcome> {
  try {
    await call('AdminCreateUser', {
      UserPoolId: userPoolId,
      Username: user.Username,
      UserAttributes: writableAttributes(user.record),
      MessageAction: 'SUPPRESS',
    });
  } catch (error) {
    if (errorCode(error) === 'UsernameExistsException') return 'Skipped';
    throw error;
  }
  if (user.record.Enabled === false) await call('AdminDisableUser', { UserPoolId: userPoolId, Username: user.Username });
  for (const groupName of groupsOf(user.record)) {
    await groups.ensure(groupName);
    await call('AdminAddUserToGroup', { UserPoolId: userPoolId, Username: user.Username, GroupName: groupName });
  }
  return 'Created';
}

async function countOne(call: Call, userPoolId: string, user: ExportedUser): Promise<Outcome> {
  try {
    await call('AdminGetUser', { UserPoolId: userPoolId, Username: user.Username });
    return 'Skipped';
  } catch (error) {
    if (errorCode(error) === 'UserNotFoundException') return 'Created';
    throw error;
  }
}

/** Creates each missing group once, however many users name it at the same time. */
class GroupCreator {
  private readonly ready = new Map<string, Promise<void>>();

  constructor(
    private readonly call: Call,
    private readonly userPoolId: string,
    existing: string[],
  ) {
    for (const name of existing) this.ready.set(name, Promise.resolve());
  }

  ensure(groupName: string): Promise<void> {
    let ready = this.ready.get(groupName);
    if (!ready) {
      ready = this.call('CreateGroup', { UserPoolId: this.userPoolId, GroupName: groupName }).then(
        () => undefined,
        (error: unknown) => {
          if (errorCode(error) === 'GroupExistsException') return;
          this.ready.delete(groupName); // a later user tries again
          throw error;
        },
      );
      this.ready.set(groupName, ready);
    }
    return ready;
  }
}

function groupsOf(record: Record<string, unknown>): string[] {
  return Array.isArray(record.Groups) ? record.Groups.map(String) : [];
}

function parseExportedUser(text: string, lineNumber: number): ExportedUser | { error: string } {
  let record: unknown;
  try {
    record = parseRawJson(text);
  } catch (error) {
    return { error: `line ${lineNumber} is not JSON: ${errorMessage(error)}` };
  }
  if (!isObject(record) || typeof record.Username !== 'string' || record.Username === '') {
    return { error: `line ${lineNumber} is not an exported user (an object with a Username)` };
  }
  return { Username: record.Username, record };
}

/** Non-blank lines with their 1-based line numbers. */
async function* numbered(lines: Iterable<string> | AsyncIterable<string>): AsyncGenerator<{ text: string; lineNumber: number }> {
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim()) yield { text: line, lineNumber };
  }
}
