/**
 * The AWS CLI's `NextToken`: base64 of Python's json.dumps() of the service token(s) plus
 * `boto_truncate_amount` when --max-items cut a page. Tokens are byte-identical to the AWS CLI's
 * so that a token printed by either CLI resumes in the other.
 */
import { pythonBase64Decode } from '../python/base64.js';
import { asciiJsonString } from '../python/json-string.js';

/** Service token values by input token name, in the order the service takes them. */
export type ServiceTokens = Record<string, string | null>;

export interface StartingPoint {
  tokens: ServiceTokens;
  /** How many items of the first page were already printed. */
  skip: number;
}

export function encodeToken(tokens: ServiceTokens, truncateAmount?: number): string {
  const entries: [string, string | number | null][] = Object.entries(tokens);
  if (truncateAmount !== undefined) entries.push(['boto_truncate_amount', truncateAmount]);
  const body = entries.map(([key, value]) => `${asciiJsonString(key)}: ${pythonScalar(value)}`).join(', ');
  return Buffer.from(`{${body}}`, 'utf8').toString('base64');
}

/**
 * Reads a --starting-token. Anything that is not a token this CLI (or the AWS CLI) printed is
 * taken, as botocore does, for the service's own token (optionally `token___skip`).
 */
export function decodeToken(text: string, inputTokens: string[]): StartingPoint {
  const decoded = decodeJsonToken(text);
  if (decoded) {
    const { boto_truncate_amount: skip, ...tokens } = decoded;
    return { tokens: tokens as ServiceTokens, skip: typeof skip === 'number' ? skip : 0 };
  }
  return decodeLegacyToken(text, inputTokens);
}

function decodeJsonToken(text: string): Record<string, unknown> | undefined {
  const bytes = pythonBase64Decode(text);
  if (!bytes) return undefined;
  try {
    const json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** botocore's older `token1___token2___index` form. */
function decodeLegacyToken(text: string, inputTokens: string[]): StartingPoint {
  let parts = text.split('___');
  let skip = 0;
  if (parts.length === inputTokens.length + 1) {
    const last = parts[parts.length - 1];
    if (/^\s*[+-]?\d+\s*$/.test(last)) {
      skip = Number(last);
      parts = parts.slice(0, -1);
    } else parts = [text];
  }
  const tokens: ServiceTokens = {};
  inputTokens.forEach((name, i) => (tokens[name] = parts[i] === undefined || parts[i] === 'None' ? null : parts[i]));
  return { tokens, skip };
}

function pythonScalar(value: string | number | null): string {
  if (value === null) return 'null';
  return typeof value === 'number' ? String(value) : asciiJsonString(value);
}
