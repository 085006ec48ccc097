/**
 * The columns of a pool's import CSV: GetCSVHeader's answer, or, where the endpoint does not
 * implement GetCSVHeader, the same layout built from the pool's schema (DescribeUserPool): the
 * standard attributes in GetCSVHeader's order, the pool's other attributes in schema order, then
 * `cognito:mfa_enabled` and `cognito:username`.
 */
import { errorCode, type Call } from './call.js';
import { retryThrottled, type BackoffOptions } from './throttle-retry.js';

export const standardCsvColumns = [
  'name', 'given_name', 'family_name', 'middle_name', 'nickname', 'preferred_username', 'profile', 'picture',
  'website', 'email', 'email_verified', 'gender', 'birthdate', 'zoneinfo', 'locale', 'phone_number',
  'phone_number_verified', 'address', 'updated_at',
];
const trailingColumns = ['cognito:mfa_enabled', 'cognito:username'];

export async function csvColumns(call: Call, userPoolId: string, backoff: BackoffOptions = {}): Promise<string[]> {
  const retrying = retryThrottled(call, backoff);
  try {
    const answer = await retrying('GetCSVHeader', { UserPoolId: userPoolId });
    if (Array.isArray(answer.CSVHeader)) return answer.CSVHeader.map(String);
  } catch (error) {
    if (!isUnimplemented(error)) throw error;
  }
  const described = await retrying('DescribeUserPool', { UserPoolId: userPoolId });
  const schema = (described.UserPool as { SchemaAttributes?: Array<{ Name?: unknown }> } | undefined)?.SchemaAttributes ?? [];
  const known = new Set([...standardCsvColumns, ...trailingColumns, 'sub']);
  const others = schema.map((attribute) => String(attribute.Name)).filter((name) => !known.has(name));
  return [...standardCsvColumns, ...others, ...trailingColumns];
}

/**
 * Cognito's own refusals (no such pool, not authorized, ...) carry an `...Exception` code and are
 * real answers; anything else (an HTML error page, an unknown-action code) means the endpoint lacks
 * the operation.
 */
function isUnimplemented(error: unknown): boolean {
  const code = errorCode(error);
  return !code || !code.endsWith('Exception') || code === 'UnknownOperationException';
}
