/**
 * A ListUsers user as a row of an import CSV: `cognito:username` is the username,
 * `cognito:mfa_enabled` whether the user has SMS MFA options, every other column the attribute of
 * that name (empty when the user has none).
 */
export function csvRow(user: Record<string, unknown>, columns: string[]): string[] {
  const attributes = new Map<string, string>();
  const list = user.Attributes ?? user.UserAttributes;
  if (Array.isArray(list)) {
    for (const attribute of list as Array<{ Name?: unknown; Value?: unknown }>) {
      if (typeof attribute.Name === 'string') attributes.set(attribute.Name, attribute.Value == null ? '' : String(attribute.Value));
    }
  }
  return columns.map((column) => {
    if (column === 'cognito:username') return String(user.Username ?? '');
    if (column === 'cognito:mfa_enabled') return String(Array.isArray(user.MFAOptions) && user.MFAOptions.length > 0);
    return attributes.get(column) ?? '';
  });
}
