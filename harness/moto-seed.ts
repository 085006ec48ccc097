/**
 * Fills a user pool on moto (or cognito-local) through its API: the pool, its groups, and users
 * with attributes, group memberships and a disabled state, a few users at a time. The tests that
 * need a pool of many users and the paging-memory bench seed with it.
 */

export interface SeedUser {
  username: string;
  attributes?: Array<{ Name: string; Value: string }>;
  groups?: string[];
  disabled?: boolean;
}

export interface SeedPool {
  name: string;
  /** CreateUserPool's Schema, for custom attributes. */
  schema?: unknown[];
  groups?: string[];
  users: SeedUser[];
  /** Users created at once; 10 unless given. */
  concurrency?: number;
}

/** Creates the pool, its groups and its users; returns the pool's id. */
export async function seedPool(endpoint: string, pool: SeedPool): Promise<string> {
  const created = await cognito(endpoint, 'CreateUserPool', { PoolName: pool.name, ...(pool.schema ? { Schema: pool.schema } : {}) });
  const poolId = (created.UserPool as { Id: string }).Id;
  for (const group of pool.groups ?? []) await cognito(endpoint, 'CreateGroup', { UserPoolId: poolId, GroupName: group });
  const size = pool.concurrency ?? 10;
  for (let i = 0; i < pool.users.length; i += size) {
    await Promise.all(
      pool.users.slice(i, i + size).map(async (user) => {
        await cognito(endpoint, 'AdminCreateUser', {
          UserPoolId: poolId,
          Username: user.username,
          MessageAction: 'SUPPRESS',
          ...(user.attributes ? { UserAttributes: user.attributes } : {}),
        });
        for (const group of user.groups ?? []) {
          await cognito(endpoint, 'AdminAddUserToGroup', { UserPoolId: poolId, Username: user.username, GroupName: group });
        }
        if (user.disabled) await cognito(endpoint, 'AdminDisableUser', { UserPoolId: poolId, Username: user.username });
      }),
    );
  }
  return poolId;
}

/** One Cognito API call, unsigned (emulators do not check signatures), in us-east-1. */
export async function cognito(endpoint: string, operation: string, input: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
      authorization: 'AWS4-HMAC-SHA256 Credential=testing/20240101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: JSON.stringify(input),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${operation}: ${response.status} ${text}`);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}
