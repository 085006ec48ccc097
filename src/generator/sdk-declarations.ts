/**
 * Facts the SDK's runtime schemas leave out, read from its type declarations:
 * the model's member order and which string members are enums.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface DeclaredMember {
  name: string;
  /** The TypeScript type text without `| undefined`, e.g. `DeliveryMediumType[]`. */
  type: string;
}

export interface Declarations {
  /** Interface name -> members in model order. */
  interfaces: Map<string, DeclaredMember[]>;
  /** Enum name -> its values in declaration order. */
  enums: Map<string, string[]>;
}

const interfacePattern = /^export interface (\w+) \{\n([\s\S]*?)^\}/gm;
const memberPattern = /^ {4}(\w+)\??: (.+?);$/gm;
const enumPattern = /^export declare const (\w+): \{\n([\s\S]*?)^\};/gm;
const enumValuePattern = /readonly \w+: "([^"]*)";/g;

export function readDeclarations(packageDir: string): Declarations {
  const modelsDir = join(packageDir, 'dist-types', 'models');
  const interfaces = new Map<string, DeclaredMember[]>();
  const enums = new Map<string, string[]>();
  for (const file of readdirSync(modelsDir).sort()) {
    if (!file.endsWith('.d.ts')) continue;
    const text = readFileSync(join(modelsDir, file), 'utf8');
    for (const [, name, body] of text.matchAll(interfacePattern)) {
      const members = [...body.matchAll(memberPattern)].map(([, member, type]) => ({
        name: member,
        type: type.replace(/ \| undefined$/, ''),
      }));
      interfaces.set(name, members);
    }
    for (const [, name, body] of text.matchAll(enumPattern)) {
      enums.set(name, [...body.matchAll(enumValuePattern)].map(([, value]) => value));
    }
  }
  return { interfaces, enums };
}

/** The enum named in a member's type text, if any (`DeliveryMediumType[]` -> `DeliveryMediumType`). */
export function enumInType(type: string, enums: Map<string, string[]>): string | undefined {
  return type.match(/\w+/g)?.find((word) => enums.has(word));
}
