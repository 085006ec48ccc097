/**
 * The value syntax a parameter takes, as the AWS CLI documents it: the type name, the shorthand
 * template (`Name=string,Value=string ...`) and the JSON template, built from the shape table.
 */
import { enumValues, holdsDocument, isScalarType, resolveShape } from '../model/resolve.js';
import type { Member, Shape, StructureShape } from '../model/types.js';

const MAX_SHORTHAND_DEPTH = 3;

/** `string`, `list`, `structure`, ...: the word the AWS CLI shows in parentheses. */
export function typeName(name: string): string {
  return resolveShape(name).type;
}

/** A scalar other than a document. */
function isScalar(name: string): boolean {
  const { type } = resolveShape(name);
  return isScalarType(type) && type !== 'document';
}

/** The shorthand template, or undefined where the parameter takes no shorthand. */
export function shorthandTemplate(name: string): string | undefined {
  const shape = resolveShape(name);
  if (holdsDocument(name)) return undefined;
  if (shape.type === 'list') {
    if (isScalar(shape.member.shape)) return undefined;
    return attempt(() => `${shorthand(shape.member.shape, [])} ...`);
  }
  if (shape.type === 'structure') {
    const members = Object.entries(shape.members);
    if (members.length === 1 && members[0][0] === 'Value' && typeName(members[0][1].shape) === 'string') return undefined;
  }
  if (shape.type !== 'structure' && shape.type !== 'map') return undefined;
  return attempt(() => shorthand(name, []));
}

/** For a list of scalars: the space-separated words it takes, e.g. `"string" "string" ...`. */
export function scalarListTemplate(name: string): string | undefined {
  const shape = resolveShape(name);
  if (shape.type !== 'list' || !isScalar(shape.member.shape)) return undefined;
  const word = jsonScalar(shape.member.shape, false);
  return `${word} ${word} ...`;
}

/** The JSON template, indented by two spaces per level. */
export function jsonTemplate(name: string): string {
  return json(name, [], 0);
}

class TooComplex extends Error {}

function attempt(build: () => string): string | undefined {
  try {
    return build();
  } catch (error) {
    if (error instanceof TooComplex) return undefined;
    throw error;
  }
}

function shorthand(name: string, stack: string[]): string {
  if (stack.length > MAX_SHORTHAND_DEPTH) throw new TooComplex();
  const shape = resolveShape(name);
  switch (shape.type) {
    case 'structure': {
      const inner = Object.entries(shape.members)
        .filter(([, member]) => !holdsDocument(member.shape))
        .map(([memberName, member]) => `${memberName}=${shorthandMember(member, stack)}`)
        .join(',');
      return stack.length ? `{${inner}}` : inner;
    }
    case 'list': {
      stack.push(shape.member.shape);
      const element = shorthand(shape.member.shape, stack);
      stack.pop();
      return !isScalarType(resolveShape(shape.member.shape).type) || stack.length > 1 ? `[${element},${element}]` : `${element},${element}`;
    }
    case 'map': {
      stack.push(shape.value.shape);
      const value = shorthand(shape.value.shape, stack);
      stack.pop();
      const pairs = `KeyName1=${value},KeyName2=${value}`;
      const keys = enumValues(shape.key.shape);
      if (keys && !stack.length) return `${pairs}\n\nWhere valid key names are:\n${keys.map((k) => `  ${k}`).join('\n')}`;
      return stack.length ? `{${pairs}}` : pairs;
    }
    default:
      return shape.type;
  }
}

function shorthandMember(member: Member, stack: string[]): string {
  if (stack.includes(member.shape)) return '( ... recursive ... )';
  stack.push(member.shape);
  try {
    return shorthand(member.shape, stack);
  } finally {
    stack.pop();
  }
}

function jsonScalar(name: string, withEnum: boolean): string {
  const values = enumValues(name);
  if (values && withEnum) return values.map((v) => `"${v}"`).join('|');
  const type = typeName(name);
  if (type === 'string') return '"string"';
  if (type === 'boolean') return 'true|false';
  return type;
}

function json(name: string, stack: string[], indent: number): string {
  if (isScalar(name)) return jsonScalar(name, true);
  const shape = resolveShape(name);
  if (stack.includes(name) && shape.type === 'structure') return '{ ... recursive ... }';
  stack.push(name);
  try {
    return jsonOf(shape, stack, indent);
  } finally {
    stack.pop();
  }
}

function jsonOf(shape: Shape, stack: string[], indent: number): string {
  const pad = (level: number) => '  '.repeat(level);
  switch (shape.type) {
    case 'list':
      if (isScalar(shape.member.shape)) return `[${jsonScalar(shape.member.shape, true)}, ...]`;
      return `[\n${pad(indent + 1)}${json(shape.member.shape, stack, indent + 1)}\n${pad(indent + 1)}...\n${pad(indent)}]`;
    case 'map': {
      const value = isScalar(shape.value.shape) ? jsonScalar(shape.value.shape, true) : json(shape.value.shape, stack, indent + 1);
      return `{${jsonScalar(shape.key.shape, true)}: ${value}\n${pad(indent + 1)}...}`;
    }
    case 'structure': {
      const members = Object.entries((shape as StructureShape).members);
      if (!members.length) return '{}';
      const lines = members.map(([memberName, member]) => {
        const value = isScalar(member.shape) ? jsonScalar(member.shape, true) : json(member.shape, stack, indent + 1);
        return `${pad(indent + 1)}"${memberName}": ${value}`;
      });
      return `{\n${lines.join(',\n')}\n${pad(indent)}}`;
    }
    case 'document':
      return '{...}';
    default:
      return jsonScalar(shape.type, true);
  }
}
