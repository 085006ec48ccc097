/**
 * Turns the SDK's runtime schemas (the arrays its serializers are driven by) into our shape table.
 *
 * Schema forms, as @smithy/core writes them:
 *   number                                  a simple type: 0 string, 1 number, 2 boolean, 4-7 timestamp,
 *                                           15 document, 21/42 blob; `64 | t` a list of t, `128 | t` a map to t
 *   [0, ns, name, traits, schema]           a named simple type
 *   [1, ns, name, traits, member]           a list
 *   [2, ns, name, traits, key, value]       a map
 *   [3, ns, name, traits, names, members, requiredCount]   a structure; its first requiredCount members are required
 *   [9, ns, name, traits, input, output]    an operation
 * A member schema is either a schema or [schema, traits]; any schema may be wrapped in a thunk.
 * Traits are an object or a bit mask whose bit 3 is `sensitive`.
 */
import type { Member, NamedShape, StructureShape } from '../model/types.js';
import { containerNames } from './model-facts.js';
import { enumInType, type Declarations } from './sdk-declarations.js';

type Raw = unknown;

const LIST_BIT = 64;
const MAP_BIT = 128;
const SENSITIVE_BIT = 8;

export class ShapeTable {
  readonly shapes = new Map<string, NamedShape>();

  constructor(private readonly declarations: Declarations) {}

  /** Registers a structure and everything it reaches; returns its name. */
  addStructure(raw: Raw): string {
    const schema = deref(raw);
    if (schema === 'unit') return this.register('Unit', () => ({ type: 'structure', members: {} }));
    if (!Array.isArray(schema) || schema[0] !== 3) throw new Error(`not a structure schema: ${String(schema)}`);
    return this.structure(schema);
  }

  private structure(schema: unknown[]): string {
    const [, , name, , memberNames, memberSchemas, requiredCount = 0] = schema as [
      number, string, string, unknown, string[], Raw[], number?,
    ];
    return this.register(name, () => {
      const byName = new Map<string, Member>();
      memberNames.forEach((memberName, index) => {
        const hint = this.declaredType(name, memberName);
        const member = this.member(memberSchemas[index], hint, `${name}.${memberName}`);
        if (index < requiredCount) member.required = true;
        byName.set(memberName, member);
      });
      const declaredOrder = this.declarations.interfaces.get(name)?.map((m) => m.name) ?? [];
      const order = [...declaredOrder.filter((m) => byName.has(m)), ...memberNames.filter((m) => !declaredOrder.includes(m))];
      const shape: StructureShape = { type: 'structure', members: {} };
      for (const memberName of order) shape.members[memberName] = byName.get(memberName)!;
      return shape;
    });
  }

  private declaredType(structure: string, member: string): string {
    return this.declarations.interfaces.get(structure)?.find((m) => m.name === member)?.type ?? '';
  }

  /**
   * A member, with `hint` the member's declared TypeScript type, used to find enums, and `path`
   * where it sits (`Structure.Member`), used to name the lists and maps the SDK leaves unnamed.
   */
  private member(raw: Raw, hint: string, path: string): Member {
    let schema = deref(raw);
    let sensitive = false;
    if (Array.isArray(schema) && !isSchemaArray(schema)) {
      sensitive = hasSensitive(schema[1]);
      schema = deref(schema[0]);
    }
    const member: Member = { shape: this.shapeName(schema, hint, path) };
    if (sensitive || isSensitiveSimple(schema)) member.sensitive = true;
    return member;
  }

  private shapeName(schema: Raw, hint: string, path: string): string {
    schema = deref(schema);
    if (typeof schema === 'number') return this.simple(schema, hint, path);
    if (!Array.isArray(schema)) throw new Error(`unknown schema: ${String(schema)}`);
    const [kind, , name] = schema as [number, string, string];
    switch (kind) {
      case 0:
        return this.shapeName(schema[4], hint, path);
      case 1:
        return this.register(name, () => ({ type: 'list', member: this.member(schema[4], elementHint(hint), `${path}[]`) }));
      case 2: {
        const [keyHint, valueHint] = mapHints(hint);
        return this.register(name, () => ({
          type: 'map',
          key: this.member(schema[4], keyHint, `${path}{key}`),
          value: this.member(schema[5], valueHint, `${path}{}`),
        }));
      }
      case 3:
        return this.structure(schema);
      default:
        throw new Error(`unsupported schema kind ${kind} (${name})`);
    }
  }

  private simple(code: number, hint: string, path: string): string {
    if (code & LIST_BIT) {
      return this.register(containerName(path), () => ({
        type: 'list',
        member: this.member(code & ~LIST_BIT, elementHint(hint), `${path}[]`),
      }));
    }
    if (code & MAP_BIT) {
      const [keyHint, valueHint] = mapHints(hint);
      return this.register(containerName(path), () => ({
        type: 'map',
        key: this.member(0, keyHint, `${path}{key}`),
        value: this.member(code & ~MAP_BIT, valueHint, `${path}{}`),
      }));
    }
    switch (code) {
      case 0: {
        const enumName = enumInType(hint, this.declarations.enums);
        if (!enumName) return 'string';
        return this.register(enumName, () => ({ type: 'string', enum: this.declarations.enums.get(enumName)! }));
      }
      case 1:
      case 17:
        return 'integer';
      case 2:
        return 'boolean';
      case 4:
      case 5:
      case 6:
      case 7:
        return 'timestamp';
      case 15:
        return 'document';
      case 21:
      case 42:
        return 'blob';
      default:
        throw new Error(`unsupported simple schema ${code}`);
    }
  }

  private register(name: string, build: () => NamedShape): string {
    if (!this.shapes.has(name)) {
      // Placeholder first, so that recursive shapes terminate.
      this.shapes.set(name, { type: 'structure', members: {} });
      this.shapes.set(name, build());
    }
    return name;
  }
}

/**
 * The model's name of a list or map of simple values, which the SDK's schema leaves out; where
 * botocore's model is older than the SDK's and lacks the member, the member's path stands in.
 */
function containerName(path: string): string {
  return containerNames[path] ?? path;
}

function deref(raw: Raw): Raw {
  return typeof raw === 'function' ? (raw as () => Raw)() : raw;
}

/** Schema arrays start with their kind and namespace; member entries are [schema, traits]. */
function isSchemaArray(value: unknown[]): boolean {
  return typeof value[0] === 'number' && typeof value[1] === 'string';
}

function hasSensitive(traits: unknown): boolean {
  if (typeof traits === 'number') return (traits & SENSITIVE_BIT) !== 0;
  return typeof traits === 'object' && traits !== null && 'sensitive' in traits;
}

function isSensitiveSimple(schema: Raw): boolean {
  return Array.isArray(schema) && schema[0] === 0 && hasSensitive(schema[3]);
}

function elementHint(hint: string): string {
  return hint.endsWith('[]') ? hint.slice(0, -2).replace(/^\((.*)\)$/, '$1') : '';
}

function mapHints(hint: string): [string, string] {
  const match = /^Record<(\w+), (.+)>$/.exec(hint);
  return match ? [match[1], match[2]] : ['', ''];
}
