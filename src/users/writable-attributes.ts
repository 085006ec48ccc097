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

/** Calls `visit` with each attribute of a user (`Attributes` of ListUsers, `UserAttributes` of AdminGetUser), its value as text. */
export function eachAttribute(user: Record<string, unknown>, visit: (name: string, value: string) => void): void {
  const list = user.Attributes ?? user.UserAttributes;
  if (!Array.isArray(list)) return;
  for (const attribute of list as Array<{ Name?: unknown; Value?: unknown }>) {
    if (typeof attribute.Name === 'string') visit(attribute.Name, attribute.Value == null ? '' : String(attribute.Value));
  }
}

export function writableAttributes(user: Record<string, unknown>): UserAttribute[] {
  const attributes: UserAttribute[] = [];
  eachAttribute(user, (Name, Value) => {
    if (isWritableAttribute(Name)) attributes.push({ Name, Value });
  });
  return attributes;
}
