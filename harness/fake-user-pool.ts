/**
 * A fast loopback stand-in for a large user pool: ListUsers (with `sub ^= "..."` prefix filters),
 * ListGroups, ListUsersInGroup, DescribeUserPool and, when given a header, GetCSVHeader. Users are
 * generated from their index, so a pool of 100,000 costs little. Tests script throttling and
 * failures per request.
 */
import { createHash } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './ports.js';

export interface FakeUserPoolOptions {
  users: number;
  /** Groups `group-0` ... ; user i belongs to group i % groups unless i % 4 == 0, and to the next one too when i % 10 == 0. */
  groups?: number;
  /** When set, GetCSVHeader answers it; otherwise it fails as moto does (an HTML 500 page). */
  csvHeader?: string[];
  /** Custom attributes in the schema, e.g. `custom:dept`. */
  customAttributes?: string[];
}

/** Decides the answer to the n-th request (from 1) of an operation: an error code to fail with, or nothing. */
export type Fault = (operation: string, n: number, body: Record<string, unknown>) => string | undefined;

export interface FakeUser {
  Username: string;
  sub: string;
  index: number;
}

export interface FakeUserPool {
  endpoint: string;
  poolId: string;
  users: FakeUser[];
  groupNames: string[];
  /** The groups of user `index`, in group order. */
  groupsOf(index: number): string[];
  /** The JSON text ListUsers sends for user `index`. */
  userJson(index: number): string;
  /** Requests per operation, failed ones included. */
  counts: Map<string, number>;
  /** The filter of each ListUsers listing begun (first pages only). */
  filters: string[];
  setFault(fault: Fault | undefined): void;
  stop(): Promise<void>;
}

const hex = '0123456789abcdef';

export async function startFakeUserPool(options: FakeUserPoolOptions): Promise<FakeUserPool> {
  const poolId = 'us-east-1_fakepool';
  const groupCount = options.groups ?? 0;
  const groupNames = Array.from({ length: groupCount }, (_, g) => `group-${g}`);
  const users: FakeUser[] = Array.from({ length: options.users }, (_, index) => ({ index, Username: `user${index}`, sub: subOf(index) }));
  const groupsOfIndex = (index: number): number[] => {
    if (!groupCount || index % 4 === 0) return [];
    const first = index % groupCount;
    const second = (index + 1) % groupCount;
    return index % 10 === 0 && second !== first ? [first, second].sort((a, b) => a - b) : [first];
  };
  const members: number[][] = groupNames.map(() => []);
  for (const user of users) for (const g of groupsOfIndex(user.index)) members[g].push(user.index);
  const byPrefix = new Map<string, number[]>();
  for (const user of users) {
    for (const prefix of [user.sub.slice(0, 1), user.sub.slice(0, 2)]) {
      const list = byPrefix.get(prefix) ?? [];
      list.push(user.index);
      byPrefix.set(prefix, list);
    }
  }
  const all = users.map((user) => user.index);
  const counts = new Map<string, number>();
  const filters: string[] = [];
  let fault: Fault | undefined;

  const page = (list: number[], body: Record<string, unknown>, tokenName: string, member: string, render: (i: number) => string) => {
    const start = Number(body[tokenName] ?? 0);
    const limit = Number(body.Limit ?? 60);
    const slice = list.slice(start, start + limit);
    const next = start + limit < list.length ? `, "${tokenName}": "${start + limit}"` : '';
    return `{"${member}": [${slice.map(render).join(', ')}]${next}}`;
  };

  const answer = (operation: string, body: Record<string, unknown>): string => {
    switch (operation) {
      case 'ListUsers': {
        const filter = typeof body.Filter === 'string' ? body.Filter : '';
        if (filter && body.PaginationToken === undefined) filters.push(filter);
        const prefix = /^sub \^= "([0-9a-f]{1,2})"$/.exec(filter)?.[1];
        if (filter && prefix === undefined) throw new Error(`unsupported filter ${filter}`);
        return page(prefix === undefined ? all : (byPrefix.get(prefix) ?? []), body, 'PaginationToken', 'Users', userJson);
      }
      case 'ListGroups':
        return page(groupNames.map((_, g) => g), body, 'NextToken', 'Groups', (g) => `{"GroupName": "${groupNames[g]}", "UserPoolId": "${poolId}"}`);
      case 'ListUsersInGroup':
        return page(members[groupNames.indexOf(String(body.GroupName))] ?? [], body, 'NextToken', 'Users', userJson);
      case 'DescribeUserPool':
        return JSON.stringify({
          UserPool: {
            Id: poolId,
            SchemaAttributes: ['sub', 'name', 'email', 'email_verified', ...(options.customAttributes ?? [])].map((Name) => ({ Name, AttributeDataType: 'String' })),
          },
        });
      case 'GetCSVHeader':
        if (!options.csvHeader) throw new Error('not implemented');
        return JSON.stringify({ UserPoolId: poolId, CSVHeader: options.csvHeader });
      default:
        throw new Error(`not implemented: ${operation}`);
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const operation = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
      const n = (counts.get(operation) ?? 0) + 1;
      counts.set(operation, n);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      const code = fault?.(operation, n, body);
      if (code) return send(res, 400, JSON.stringify({ __type: code, message: `${code} from the fake` }));
      try {
        send(res, 200, answer(operation, body));
      } catch {
        res.writeHead(500, { 'content-type': 'text/html' });
        res.end('<html><title>500 Internal Server Error</title></html>');
      }
    });
  });
  const { endpoint, stop } = await listenOnLoopback(server);

  function userJson(index: number): string {
    const user = users[index];
    const name = index % 7 === 3 ? `Zoë "Z", ${index}\nline two` : `User ${index}`;
    return (
      `{"Username": "${user.Username}", "Attributes": [{"Name": "sub", "Value": "${user.sub}"}, ` +
      `{"Name": "name", "Value": ${JSON.stringify(name)}}, {"Name": "email", "Value": "${user.Username}@example.com"}, ` +
      `{"Name": "email_verified", "Value": "${index % 2 === 0 ? 'true' : 'false'}"}], ` +
      `"UserCreateDate": ${epochAsJava(1_700_000_000 + index + (index % 1000) / 1000)}, ` +
      `"UserLastModifiedDate": ${epochAsJava(1_700_100_000 + index + (index % 997) / 1000)}, ` +
      `"Enabled": ${index % 5 !== 0}, "UserStatus": "CONFIRMED"}`
    );
  }

  return {
    endpoint,
    poolId,
    users,
    groupNames,
    groupsOf: (index) => groupsOfIndex(index).map((g) => groupNames[g]),
    userJson,
    counts,
    filters,
    setFault: (next) => void (fault = next),
    stop,
  };
}

/** A version-4-shaped UUID derived from the index. */
function subOf(index: number): string {
  const h = createHash('sha1').update(String(index)).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${hex[8 + (parseInt(h[16], 16) % 4)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
  res.end(body);
}

/** Epoch seconds with milliseconds as the service writes them (Java's Double.toString): `1.700000123456E9`. */
function epochAsJava(seconds: number): string {
  return `${(seconds / 1e9).toPrecision(13).replace(/\.?0+$/, '')}E9`;
}
