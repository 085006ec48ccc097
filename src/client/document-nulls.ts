/**
 * JSON null given for a document member (`complete-web-authn-registration --credential null`): the
 * AWS CLI sends `"Credential": null`, but the SDK's serializer leaves out every member whose value
 * is null. A middleware placed right after serialization writes those members back into the JSON
 * body (in the model's member order), before the request is signed and its length set.
 */
import { resolveShape } from '../model/resolve.js';

type Step = string | number;

export interface NullMember {
  /** Where the structure holding the member sits in the request. */
  parent: Step[];
  member: string;
  /** The structure's members, in the order the body lists them. */
  order: string[];
}

/** The document members the request holds as null. */
export function nullDocumentMembers(value: unknown, shapeName: string, path: Step[] = []): NullMember[] {
  if (value === null || typeof value !== 'object') return [];
  const shape = resolveShape(shapeName);
  if (shape.type === 'structure') {
    const hash = value as Record<string, unknown>;
    return Object.entries(shape.members).flatMap(([name, member]) => {
      if (!Object.hasOwn(hash, name)) return [];
      if (hash[name] === null && resolveShape(member.shape).type === 'document') {
        return [{ parent: path, member: name, order: Object.keys(shape.members) }];
      }
      return nullDocumentMembers(hash[name], member.shape, [...path, name]);
    });
  }
  if (shape.type === 'list' && Array.isArray(value)) {
    return value.flatMap((item, index) => nullDocumentMembers(item, shape.member.shape, [...path, index]));
  }
  if (shape.type === 'map') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => nullDocumentMembers(item, shape.value.shape, [...path, key]));
  }
  return [];
}

/** The serialized JSON body with the null members put back. */
export function withNullMembers(body: string, members: NullMember[]): string {
  const document = JSON.parse(body || '{}') as Record<string, unknown>;
  for (const { parent, member, order } of members) {
    const holder = parent.reduce<unknown>((node, step) => (node as Record<Step, unknown> | undefined)?.[step], document);
    if (holder === null || typeof holder !== 'object' || Array.isArray(holder)) continue;
    const fields = holder as Record<string, unknown>;
    fields[member] = null;
    const ordered = Object.keys(fields).sort((a, b) => rank(order, a) - rank(order, b));
    for (const key of ordered) {
      const item = fields[key];
      delete fields[key];
      fields[key] = item;
    }
  }
  return JSON.stringify(document);
}

function rank(order: string[], key: string): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}

type Middleware<A> = (next: (args: A) => Promise<unknown>) => (args: A) => Promise<unknown>;

/** The middleware, for after `serializerMiddleware`. */
export function restoreNullMembers(members: NullMember[]): Middleware<{ request: { body?: unknown } }> {
  return (next) => (args) => {
    const { body } = args.request;
    // The SDK hands the body over as text or as its UTF-8 bytes.
    if (typeof body === 'string') args.request.body = withNullMembers(body, members);
    else if (body instanceof Uint8Array) args.request.body = new TextEncoder().encode(withNullMembers(new TextDecoder().decode(body), members));
    return next(args);
  };
}
