/**
 * Hides secrets in what --debug prints: the members the model marks sensitive (the SDK or botocore
 * says they hold one), whole maps so marked (AuthParameters, ChallengeResponses),
 * and the one-time codes and paging tokens the model leaves unmarked. Where the model has no shape
 * to say (documents, error bodies), keys whose names say they hold a
 * secret are hidden.
 */
import { findShape } from '../model/resolve.js';
import { PythonNumber } from '../python/number.js';

export const REDACTED = '*** SENSITIVE DATA REDACTED ***';

const unmarkedSecrets = new Set(['Code', 'ConfirmationCode', 'NextToken', 'PaginationToken']);

const secretNames =
  /(password|secret|token|session|secret_?hash|secret_?code|access_?key)$|^(AuthParameters|ChallengeResponses|ConfirmationCode|Code|UserCode|Username|ClientId)$/i;

/** A copy of `value` (a request or response body) with its sensitive members replaced. */
export function redactValue(value: unknown, shapeName?: string): unknown {
  if (value === null || value === undefined || typeof value !== 'object' || value instanceof PythonNumber) return value;
  const shape = shapeName ? findShape(shapeName) : undefined;
  if (Array.isArray(value)) {
    const memberShape = shape?.type === 'list' ? shape.member.shape : undefined;
    return value.map((item) => redactValue(item, memberShape));
  }
  if (value instanceof Uint8Array) return REDACTED;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (shape?.type === 'structure') {
      const member = shape.members[key];
      const secret = member ? member.sensitive === true || unmarkedSecrets.has(key) : secretNames.test(key);
      result[key] = secret ? REDACTED : redactValue(item, member?.shape);
    } else if (shape?.type === 'map') {
      result[key] = redactValue(item, shape.value.shape);
    } else {
      result[key] = secretNames.test(key) ? REDACTED : redactValue(item);
    }
  }
  return result;
}

/** Request or response headers with the credentials and the signature hidden. */
export function redactHeaders(headers: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower === 'authorization') result[name] = redactAuthorization(String(value));
    else if (lower === 'x-amz-security-token' || lower.includes('secret') || lower === 'cookie') result[name] = REDACTED;
    else result[name] = value;
  }
  return result;
}

/** Keeps the scheme, scope and signed header names; hides the access key id and the signature. */
function redactAuthorization(value: string): string {
  return value
    .replace(/Credential=[^/,\s]+/, `Credential=${REDACTED}`)
    .replace(/Signature=[0-9a-fA-F]+/, `Signature=${REDACTED}`);
}
