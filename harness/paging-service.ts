/**
 * A loopback Cognito that pages like the real one over fixed data (130 users, 70 pools, 12 groups),
 * so the AWS CLI and this CLI can be compared byte for byte, and the comparison committed.
 */
import { createServer, type Server } from 'node:http';
import { listenOnLoopback } from './ports.js';

export const POOL_ID = 'us-east-1_Paging0001';

const users = Array.from({ length: 130 }, (_, i) => ({
  Username: `user${String(i).padStart(3, '0')}`,
  Attributes: [
    { Name: 'sub', Value: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` },
    { Name: 'email', Value: `user${i}@example.com` },
  ],
  UserCreateDate: 1700000000.125 + i,
  UserLastModifiedDate: 1700000000 + i,
  Enabled: i % 7 !== 0,
  UserStatus: 'CONFIRMED',
}));

const pools = Array.from({ length: 70 }, (_, i) => ({
  Id: `us-east-1_Pool${String(i).padStart(4, '0')}`,
  Name: `pool-${i}`,
  LambdaConfig: {},
  LastModifiedDate: 1690000000.5 + i,
  CreationDate: 1690000000.5 + i,
}));

const groups = Array.from({ length: 12 }, (_, i) => ({
  GroupName: `group-${String(i).padStart(2, '0')}`,
  UserPoolId: POOL_ID,
  Description: `Group ${i} — ünïcode`,
  Precedence: i,
  LastModifiedDate: 1680000000.25,
  CreationDate: 1680000000.25,
}));

interface Listing {
  items: unknown[];
  resultKey: string;
  tokenIn: string;
  tokenOut: string;
  limitKey: string;
}

const listings: Record<string, Listing> = {
  ListUsers: { items: users, resultKey: 'Users', tokenIn: 'PaginationToken', tokenOut: 'PaginationToken', limitKey: 'Limit' },
  ListUserPools: { items: pools, resultKey: 'UserPools', tokenIn: 'NextToken', tokenOut: 'NextToken', limitKey: 'MaxResults' },
  ListGroups: { items: groups, resultKey: 'Groups', tokenIn: 'NextToken', tokenOut: 'NextToken', limitKey: 'Limit' },
};

/** Opaque like the service's tokens, with base64 padding and '/' and '+' in it. */
export function serviceToken(offset: number): string {
  return `${Buffer.from(`>>offset?${offset}`).toString('base64')}/+x`;
}

function offsetOf(token: string): number | undefined {
  if (!token.endsWith('/+x')) return undefined;
  const match = /^>>offset\?(\d+)$/.exec(Buffer.from(token.slice(0, -3), 'base64').toString());
  return match ? Number(match[1]) : undefined;
}

export interface PagingService {
  endpoint: string;
  /** The request bodies received, in order. */
  requests: { operation: string; body: Record<string, unknown> }[];
  /** Delays the answer to the nth request (1-based) by `ms`. */
  delay(request: number, ms: number): void;
  stop(): Promise<void>;
}

export async function startPagingService(): Promise<PagingService> {
  const requests: PagingService['requests'] = [];
  const delays = new Map<number, number>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const operation = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      requests.push({ operation, body });
      const answer = () => {
        const [status, reply] = respond(operation, body);
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
        res.end(JSON.stringify(reply));
      };
      const wait = delays.get(requests.length);
      if (wait) setTimeout(answer, wait);
      else answer();
    });
  });
  const { endpoint, stop } = await listenOnLoopback(server);
  return {
    endpoint,
    requests,
    delay: (request, ms) => void delays.set(request, ms),
    stop,
  };
}

function respond(operation: string, body: Record<string, unknown>): [number, unknown] {
  const listing = listings[operation];
  if (!listing) return [400, { __type: 'InvalidParameterException', message: `Not served here: ${operation}` }];
  const limit = (body[listing.limitKey] as number | undefined) ?? 60;
  if (limit < 0 || limit > 60) {
    return [400, { __type: 'InvalidParameterException', message: `1 validation error detected: Value '${limit}' at '${listing.limitKey.toLowerCase()}' failed to satisfy constraint: Member must have value less than or equal to 60` }];
  }
  const token = body[listing.tokenIn] as string | undefined;
  const start = token === undefined ? 0 : offsetOf(token);
  if (start === undefined) return [400, { __type: 'InvalidParameterException', message: 'Invalid token' }];
  const end = Math.min(start + limit, listing.items.length);
  const page: Record<string, unknown> = { [listing.resultKey]: listing.items.slice(start, end) };
  if (end < listing.items.length) page[listing.tokenOut] = serviceToken(end);
  return [200, page];
}
