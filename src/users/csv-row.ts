/**
 * A ListUsers user as a row of an import CSV: `cognito:username` is the username,
 * `cognito:mfa_enabled` whether the user has SMS MFA options, every other column the attribute of
 * that name (empty when the user has none).
 */
import { eachAttribute } from './writable-attributes.js';

export function csvRow(user: Record<string, unknown>, columns: string[]): string[] {
  const attributes = new Map<string, string>();
  eachAttribute(user, (name, value) => attributes.set(name, value));
  return columns.map((column) => {
    if (column === 'cognito:username') return String(user.Username ?? '');
    if (column === 'cognito:mfa_enabled') return String(Array.isArray(user.MFAOptions) && user.MFAOptions.length > 0);
    return attributes.get(column) ?? '';
  });
}
