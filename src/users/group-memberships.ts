/**
 * Which groups each user belongs to, from ListGroups and ListUsersInGroup: one listing per group
 * rather than one AdminListGroupsForUser call per user. Only usernames and group indexes are kept,
 * so memory grows with memberships, not with user records.
 */
import type { Call } from './call.js';
import { forEachInParallel } from './in-parallel.js';
import { itemsOf, pages } from './pages.js';

export class GroupMemberships {
  // Most users are in one group: a bare index for them, an array only for several.
  private readonly byUser = new Map<string, number | number[]>();

  constructor(readonly groupNames: string[]) {}

  add(username: string, groupIndex: number): void {
    const groups = this.byUser.get(username);
    if (groups === undefined) this.byUser.set(username, groupIndex);
    else if (typeof groups === 'number') this.byUser.set(username, [groups, groupIndex]);
    else groups.push(groupIndex);
  }

  /** The user's groups in ListGroups order. */
  of(username: string): string[] {
    const groups = this.byUser.get(username);
    if (groups === undefined) return [];
    if (typeof groups === 'number') return [this.groupNames[groups]];
    return [...groups].sort((a, b) => a - b).map((i) => this.groupNames[i]);
  }
}

export async function listGroupNames(call: Call, userPoolId: string, signal?: AbortSignal): Promise<string[]> {
  const names: string[] = [];
  const listing = { operation: 'ListGroups', input: { UserPoolId: userPoolId, Limit: 60 }, token: 'NextToken', signal, keepNumberText: false };
  for await (const page of pages(call, listing)) {
    for (const group of itemsOf(page, 'Groups')) names.push(String(group.GroupName));
  }
  return names;
}

export async function listGroupMemberships(
  call: Call,
  userPoolId: string,
  options: { concurrency?: number; signal?: AbortSignal } = {},
): Promise<GroupMemberships> {
  const memberships = new GroupMemberships(await listGroupNames(call, userPoolId, options.signal));
  await forEachInParallel(memberships.groupNames, options.concurrency ?? 4, async (groupName, groupIndex) => {
    const input = { UserPoolId: userPoolId, GroupName: groupName, Limit: 60 };
    // Only usernames are read: no number of these pages is written out.
    const listing = { operation: 'ListUsersInGroup', input, token: 'NextToken', signal: options.signal, keepNumberText: false };
    for await (const page of pages(call, listing)) {
      for (const user of itemsOf(page, 'Users')) memberships.add(String(user.Username), groupIndex);
    }
  });
  return memberships;
}
