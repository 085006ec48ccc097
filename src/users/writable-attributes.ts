/**
 * The attributes of an exported user that AdminCreateUser accepts: everything but `sub` and
 * `identities` (set by Cognito alone) and the `cognito:` names (status, MFA, username), which the
 * service refuses as user attributes. `email_verified` and `phone_number_verified` are writable
 * and kept, so restored contact details stay verified.
 */
export interface UserAttribute {
  Name: string;
  Value: string;
}

const readOnly = new Set(['sub', 'identities']);

export function isWritableAttribute(name: string): boolean {
  return !readOnly.has(name) && !name.startsWith('cognito:');
}

export function writableAttributes(user: Record<string, unknown>): UserAttribute[] {
  const list = user.Attributes ?? user.UserAttributes;
  if (!Array.isArray(list)) return [];
  return (list as Array<{ Name?: unknown; Value?: unknown }>)
    .filter((attribute) => typeof attribute.Name === 'string' && isWritableAttribute(attribute.Name))
    .map((attribute) => ({ Name: String(attribute.Name), Value: attribute.Value == null ? '' : String(attribute.Value) }));
}
