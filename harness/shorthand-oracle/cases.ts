/**
 * Random command lines over every operation: values built from the operation's model (with
 * deliberate faults: unknown members, wrong types, missing required members), written as shorthand,
 * JSON, space-separated lists or files, with tricky characters and malformed variants.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandNames, loadCommand } from '../../src/commands/index.js';
import type { OperationSpec, Parameter } from '../../src/model/types.js';
import { resolveShape } from '../../src/model/resolve.js';

export interface Case {
  id: number;
  args: string[];
}

export type Random = () => number;

/** What the AWS CLI's model knows: operations (command names) with their input members, and the
 * members of each structure. */
export interface AwsModel {
  operations: Record<string, string[]>;
  structures: Record<string, string[]>;
}

/** mulberry32: a small seeded generator, so a run can be repeated. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ATOMS = [
  'a', 'email', 'x y', 'a,b', 'a\\,b', "it's", 'say "hi"', 'k=v', '[x]', '{x}', ' lead', 'trail ', 'ü', '日本',
  '😀', 'a@b.c', '', 'true', 'FALSE', '12', ' 7 ', '1_0', '1.5', 'tab\there', 'new\nline', '\\', 'a]b', 'a}b',
  'x:y/z#1', '$HOME', 'p@ss w0rd!', 'https://example.com/cb', 'Name=email', "'", '"', 'a=', '=b', ',', '@',
];
const KEYS = ['k1', 'custom:x', 'a.b', 'K_2', 'x-y', 'a/b', '#h', 'bad key', 'é', ''];

export class CaseGenerator {
  constructor(
    private readonly random: Random,
    private readonly files: { text: string; bytes: string; missing: string; dir: string },
    private readonly known: AwsModel,
  ) {
    this.operations = commandNames.filter((name) => Object.hasOwn(known.operations, name));
  }

  private readonly operations: readonly string[];

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  async generate(id: number): Promise<Case> {
    const spec = (await loadCommand(this.pick(this.operations)))!;
    return { id, args: [spec.name, ...this.parameters(spec)] };
  }

  private parameters(spec: OperationSpec): string[] {
    const args: string[] = [];
    for (const param of spec.parameters) {
      if (!this.known.operations[spec.name].includes(param.member)) continue;
      const give = param.required ? !this.chance(0.03) : this.chance(0.45);
      if (give) args.push(...this.parameter(param));
    }
    return args;
  }

  private parameter(param: Parameter): string[] {
    const shape = resolveShape(param.shape);
    const flag = `--${param.name}`;
    if (shape.type === 'boolean') return [this.chance(0.5) ? flag : `--no-${param.name}`];
    const words = this.words(param.shape);
    return [flag, ...words.map((word) => (word.startsWith('-') ? `x${word}` : word))];
  }

  private words(shapeName: string): string[] {
    const shape = resolveShape(shapeName);
    if (this.chance(0.04)) return [this.fileWord(this.rendered(shapeName))];
    switch (shape.type) {
      case 'list': {
        const memberType = resolveShape(shape.member.shape).type;
        const items = this.listValue(shape.member.shape);
        if (this.chance(0.2)) return [this.json(items)];
        if (items.length === 0) items.push(this.value(shape.member.shape, 1));
        if (memberType === 'structure' || memberType === 'map' || memberType === 'list') {
          return items.map((item) => (this.chance(0.1) ? this.json(item) : this.mutate(this.shorthandTop(item))));
        }
        return items.length ? items.map((item) => this.scalarText(item)) : [this.pick(ATOMS)];
      }
      case 'structure':
      case 'map':
        return [this.rendered(shapeName)];
      case 'document':
        return [this.chance(0.1) ? this.mutate(this.json(this.documentValue(2))) : this.json(this.documentValue(2))];
      case 'blob':
        return [this.chance(0.3) ? `fileb://${this.chance(0.8) ? this.files.bytes : this.files.missing}` : this.pick(ATOMS)];
      default:
        return [this.scalarText(this.value(shapeName, 0))];
    }
  }

  /** A whole structure or map value written as shorthand or JSON. */
  private rendered(shapeName: string): string {
    const value = this.value(shapeName, 0);
    if (this.chance(0.2)) return this.chance(0.1) ? this.mutate(this.json(value)) : this.json(value);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.scalarText(value);
    return this.mutate(this.shorthandTop(value));
  }

  private fileWord(contents: string): string {
    if (this.chance(0.1)) return `file://${this.files.missing}`;
    const name = join(this.files.dir, `value-${Math.floor(this.random() * 1e9)}.txt`);
    writeFileSync(name, contents);
    return `file://${name}`;
  }

  private listValue(memberShape: string): unknown[] {
    const count = Math.floor(this.random() * 4);
    return Array.from({ length: count }, () => this.value(memberShape, 1));
  }

  private value(shapeName: string, depth: number): unknown {
    const shape = resolveShape(shapeName);
    if (depth > 4) return this.pick(ATOMS);
    switch (shape.type) {
      case 'structure': {
        const result: Record<string, unknown> = {};
        const known = this.known.structures[shapeName];
        for (const [name, member] of Object.entries(shape.members)) {
          if (known && !known.includes(name)) continue;
          const give = member.required ? !this.chance(0.05) : this.chance(0.35);
          if (give) result[name] = this.value(member.shape, depth + 1);
        }
        if (this.chance(0.05)) result.Foo = 'bar';
        if (Object.keys(result).length === 0) {
          const names = Object.keys(shape.members).filter((name) => !known || known.includes(name));
          if (names.length) {
            const name = this.pick(names);
            result[name] = this.value(shape.members[name].shape, depth + 1);
          }
        }
        return result;
      }
      case 'list':
        return this.chance(0.05) ? this.pick(ATOMS) : this.listValue(shape.member.shape);
      case 'map': {
        const result: Record<string, unknown> = {};
        const count = 1 + Math.floor(this.random() * 2);
        for (let i = 0; i < count; i++) result[this.pick(KEYS)] = this.value(shape.value.shape, depth + 1);
        return result;
      }
      case 'integer':
        return this.chance(0.85) ? Math.floor(this.random() * 400) - 20 : this.pick(['abc', '1.5', ' 9 ', '1_000', '', '+4', '0x10']);
      case 'boolean':
        return this.chance(0.85) ? this.chance(0.5) : this.pick(['True', 'FALSE', 'yes', '1', '']);
      case 'document':
        return this.documentValue(2);
      case 'string':
        if ('enum' in shape && this.chance(0.7)) return this.pick(shape.enum);
        return this.pick(ATOMS);
      default:
        return this.pick(ATOMS);
    }
  }

  private documentValue(depth: number): unknown {
    const roll = this.random();
    if (depth <= 0 || roll < 0.4) return this.pick([1, 2.5, 'x', true, null, 'é "q"']);
    if (roll < 0.7) return [this.documentValue(depth - 1), this.documentValue(depth - 1)];
    return { a: this.documentValue(depth - 1), 'b c': this.documentValue(depth - 1) };
  }

  private json(value: unknown): string {
    const text = JSON.stringify(value, null, this.chance(0.3) ? 1 : undefined) ?? 'null';
    return this.chance(0.3) ? ` ${text}` : text;
  }

  private scalarText(value: unknown): string {
    if (typeof value === 'string') return value;
    if (value === null || value === undefined) return '';
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  }

  /** `key=value,...`: the form a parameter's top level takes. */
  private shorthandTop(value: unknown): string {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.shorthandScalar(value);
    const separator = () => (this.chance(0.1) ? this.pick([' ,', ', ', ' , ', ',\n']) : ',');
    return Object.entries(value)
      .map(([key, item]) => `${key}${this.equals(item)}${this.shorthandItem(item, true)}`)
      .join(separator());
  }

  private equals(item: unknown): string {
    const roll = this.random();
    if (roll < 0.05) return ' = ';
    if (roll < 0.08 && typeof item === 'string') return '@=';
    return '=';
  }

  private shorthandItem(value: unknown, topLevel: boolean): string {
    if (Array.isArray(value)) {
      const items = value.map((item) => this.shorthandItem(item, false));
      if (topLevel && items.length > 1 && value.every((item) => typeof item !== 'object') && this.chance(0.6)) {
        return items.join(',');
      }
      return `[${items.join(this.chance(0.1) ? ' , ' : ',')}]`;
    }
    if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value).map(([key, item]) => `${key}${this.equals(item)}${this.shorthandItem(item, false)}`);
      return `{${entries.join(',')}}`;
    }
    return this.shorthandScalar(value);
  }

  private shorthandScalar(value: unknown): string {
    const text = this.scalarText(value);
    const roll = this.random();
    if (roll < 0.15) return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
    if (roll < 0.25) return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
    if (roll < 0.3) return text.replaceAll(',', '\\,');
    if (roll < 0.33) return `file://${this.files.text}`;
    return text;
  }

  /** Sometimes breaks the text: a character dropped, doubled or inserted, or the end cut off. */
  private mutate(text: string): string {
    if (!this.chance(0.15) || text.length === 0) return text;
    const at = Math.floor(this.random() * text.length);
    switch (Math.floor(this.random() * 4)) {
      case 0:
        return text.slice(0, at) + text.slice(at + 1);
      case 1:
        return text.slice(0, at) + text[at] + text.slice(at);
      case 2:
        return text.slice(0, at) + this.pick(['=', ',', '[', ']', '{', '}', "'", '"', '\\', ' ', '@', '\n']) + text.slice(at);
      default:
        return text.slice(0, at);
    }
  }
}

/** The files values may name; `missing` names none. */
export function caseFiles(dir: string) {
  mkdirSync(dir, { recursive: true });
  const text = join(dir, 'text.txt');
  const bytes = join(dir, 'bytes.bin');
  writeFileSync(text, 'from a file, with "quotes"\r\nand lines\n');
  writeFileSync(bytes, Buffer.from([0, 1, 2, 250, 251, 255]));
  return { text, bytes, missing: join(dir, 'no-such-file.txt'), dir };
}
