/**
 * Extracts the help text from the installed SDK's type declarations at build time: the JSDoc of
 * each command class (the operation's description) and of each model member. The result goes to
 * dist/docs.json (not committed); the help pages read it only when help is asked for.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DocBlock, DocsFile } from '../docs/doc-blocks.js';
import { htmlToBlocks, summary } from './doc-html.js';

export const SDK_PACKAGE = '@aws-sdk/client-cognito-identity-provider';

const commandDocPattern = /\/\*\*\n((?:(?!\*\/)[\s\S])*?)\*\/\nexport declare class (\w+)Command extends/;
const interfacePattern = /^export interface (\w+) \{\n([\s\S]*?)^\}/gm;
const interfaceDocPattern = /\/\*\*\n((?:(?!\*\/)[\s\S])*?)\*\/\nexport interface (\w+) \{/g;
const memberDocPattern = /^ {4}\/\*\*\n([\s\S]*?)^ {5}\*\/\n {4}(\w+)\??:/gm;

export function extractDocs(packageDir: string): DocsFile {
  const types = join(packageDir, 'dist-types');
  const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version as string;
  const operations: Record<string, DocBlock[]> = {};
  const summaries: Record<string, string> = {};
  for (const file of readdirSync(join(types, 'commands')).sort()) {
    if (!file.endsWith('Command.d.ts')) continue;
    const match = commandDocPattern.exec(readFileSync(join(types, 'commands', file), 'utf8'));
    if (!match) continue;
    const blocks = htmlToBlocks(jsdocHtml(match[1]));
    operations[match[2]] = blocks;
    summaries[match[2]] = summary(blocks);
  }
  const members: Record<string, DocBlock[]> = {};
  const shapes: Record<string, DocBlock[]> = {};
  for (const file of readdirSync(join(types, 'models')).sort()) {
    if (!file.endsWith('.d.ts')) continue;
    const text = readFileSync(join(types, 'models', file), 'utf8');
    for (const [, doc, name] of text.matchAll(interfaceDocPattern)) {
      const blocks = htmlToBlocks(jsdocHtml(doc));
      if (blocks.length) shapes[name] = blocks;
    }
    for (const [, name, body] of text.matchAll(interfacePattern)) {
      for (const [, doc, member] of body.matchAll(memberDocPattern)) {
        const blocks = htmlToBlocks(jsdocHtml(doc));
        if (blocks.length) members[`${name}.${member}`] = blocks;
      }
    }
  }
  return { sdkVersion: version, operations, summaries, members, shapes };
}

/** The HTML of a JSDoc comment body: the leading ` * ` of each line and the tag lines removed. */
function jsdocHtml(comment: string): string {
  const lines = comment.split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
  const end = lines.findIndex((line) => /^@(example|param|returns|see|throws)\b/.test(line));
  return (end === -1 ? lines : lines.slice(0, end))
    .filter((line) => !/^@(public|deprecated|internal)\b/.test(line))
    .join('\n');
}

export function sdkPackageDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve(`${SDK_PACKAGE}/package.json`));
}

/** Writes dist/docs.json; returns its size in bytes. */
export function writeDocs(outFile: string): number {
  const json = JSON.stringify(extractDocs(sdkPackageDir()));
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, json);
  return json.length;
}
